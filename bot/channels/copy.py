"""Customer-facing phrases that belong to a channel rather than to a flow step (choice prompts).

The flow's own wording lives in `flows/troubleshoot/copy.py`; these are the few lines the channel renderers
add around it. Keep them GSM-7 plain (straight quotes, no emoji) and short: every character counts against
the 3-segment limit of an SMS reply.
"""

from __future__ import annotations

# Closing line under numbered choices on SMS. {numbers} is "1 or 2" / "1, 2 or 3".
SMS_REPLY_FEW = "Reply {numbers}."
# With more than three choices a list of digits gets long; words are accepted anyway, so say so.
SMS_REPLY_MANY = "Reply with a number or describe it in your own words."
# A lone choice with no question beside it (the flow never sends one: a question names its lone choice itself).
SMS_REPLY_ONE = "Reply 1."
# Joins the last two numbers of SMS_REPLY_FEW.
SMS_OR = "or"

# Console renderer: a hint under numbered choices (no GSM-7 limit, but the same idea as SMS).
CONSOLE_REPLY = "(type a number or your own words)"
