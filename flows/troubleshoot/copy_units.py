"""What the bot says when the unit in question changes or is in doubt: another unit named ("sorry, wrong one"),
and a unit our system sees online while the customer's app says offline. Part of the flow's copy (copy.py merges it
into TEXT); GSM-7 characters only.
"""

from __future__ import annotations

UNIT_TEXT: dict[str, str] = {
    "away_from_unit": (
        "No problem. This step needs someone next to {name}, so I'll keep this open until tomorrow (and after that, "
        "just message me again): tell me when you or someone there can look at it. If you'd rather have our "
        "support team check what they can from their side, type AGENT."
    ),
    "away_opener": (
        "The first check needs someone next to {name} to look at its light, so I'll keep this open until tomorrow "
        "(and after that, just message me again): tell me when you or someone there can see it. If you'd rather "
        "have our support team check what they can from their side, type AGENT."
    ),
    "away_back": "Welcome back! Here's where we were:",
    "away_someone_there": "Great, thanks. Here's what to look at:",
    "away_wait": "No problem, I'll wait. Message me when someone is next to {name}.",
    "several_units": (
        "You mentioned {units}. When several units go offline at the same time, the cause is usually the Wi-Fi or "
        "router they share, so let's start with {first}: what fixes it will most likely fix the others too."
    ),
    "several_next_online": "{name} is online right now, so let's look at {unit} instead.",
    "several_remaining": (
        "You also mentioned {units}. If it's still offline, send me its serial number and we'll look at it next."
    ),
    "several_units_unnamed": (
        "When several units go offline at the same time, the cause is usually the Wi-Fi or router they share, so "
        "let's look at one of them first: what fixes it will most likely fix the others too."
    ),
    "online_other_light": (
        "Our system sees {name} connected right now, so the unit you're looking at may be a different one. Please "
        "check the serial number on its label."
    ),
    "device_online_as_told": (
        "Good news: {name} just came online, as its slow light-blue pulse said. Is it still pulsing like that?"
    ),
    "confirm_again": "Our system shows {name} online. Is its light slowly pulsing light blue?",
    "works_now_online": "That's great to hear!",  # then confirm_again: our system agrees (explore12's n02)
    "unit_switch": "OK, let's look at {unit} instead.",
    "same_unit": "That's the unit we're looking at: {name}.",
    "unit_switch_which": "No problem, let's find the right unit.",
    "device_not_in_account": "That unit isn't on your account in our system, so I'm passing this to our support team.",
    "device_not_in_account_typed": (
        "That unit isn't on your account in our system, so I'm passing this to our support team. If the serial number "
        "might be a character off, check the sticker and send it again here: I'll look it up."
    ),
    # A new unit, or one blinking dark blue: added in the app (a new one isn't on any account until then).
    "device_not_in_account_new": (
        "That unit isn't on your account in our system yet. If it's new, add it in our app: tap Add device and follow "
        "the steps (it blinks dark blue while it waits to be set up), and it joins your account as it connects. I've "
        "also passed this to our support team, in case it was set up under another account before."
    ),
    "not_on_account_meaning": (
        "It means our system doesn't list that unit under your login, so I can't see or check it. Usually it was set "
        "up under someone else's account (a family member's or the installer's), or its setup in our app didn't "
        "finish. Our support team can see who it's registered to and move it to your account; they'll reply here. "
        "If it came from someone else, they can also remove it from their account in our app, and you then add it in "
        "yours."
    ),
    "not_on_account_connected": (
        "Good news: a slowly pulsing light blue means it's connected to our servers. It still isn't on your account "
        "in our system, so our support team will move it to yours; they'll reply here."
    ),
    "not_on_account_light": (
        "Thanks, I've added that to your case. I can't check that unit in our system while it isn't on your account, "
        "so our support team will sort that out first; they'll reply here."
    ),
    "cant_change_network": (
        "Understood. Then ask whoever runs that Wi-Fi (the front desk, landlord or IT) to let {name} in by its Wi-Fi "
        "address (MAC): {mac}. Or keep it on your phone's hotspot for now. Our support team has your case too."
    ),
    "question_above": "Whenever you're ready, just answer my question above.",
    "brb_ok": "No problem, I'll be here. Just answer when you're back.",
    "welcome_back": "Welcome back! Here's where we were:",
    "asked_enough_handoff": (
        "We've gone round this question a few times, so I'm passing you to our support team: they can help you "
        "directly and will reply here."
    ),
    "units_on_account": "These are the units on your account. Which one is it?",
    "units_not_listed": (
        "I can't list the units here. The serial number is on a small sticker on the unit (or its box), and our app "
        "shows each unit's name: type either."
    ),
    "units_of_kind": "You have {count} of those on your account. Which one is it?",
    "app_offline_refresh": (
        "Our system sees {name} connected right now, so the unit itself is online. The app can take a while to catch "
        "up: please close it completely and open it again. Does it show {name} online now?"
    ),
    "keeps_dropping": (
        "It looks like {name} keeps connecting and then dropping off again. That usually means the Wi-Fi signal where it sits is "
        "weak, so let's check it there."
    ),
    "drops_told": (
        "It's online right now, but dropping off every so often usually means the Wi-Fi signal where it sits is weak "
        "(or its power supply is loose). Let's check the signal there."
    ),
    "drops_told_handoff": (
        "It's online right now, so I'm passing this to our support team: they can see when {name} drops off and "
        "look at why. They will contact you here."
    ),
    "keeps_dropping_handoff": (
        "It looks like {name} keeps connecting and then dropping off again. I'm passing this to our support team with everything "
        "we found, so they can look at why. They will contact you here."
    ),
    "after_fix_offline": "Our system shows {name} offline again, so let's look at it once more.",
    "after_fix_online": (
        "Our system still shows {name} connected, so its Wi-Fi and our servers are fine. The app can take a while to "
        "catch up: please close it completely and open it again. Does {name} work now?"
    ),
    "after_fix_handoff": (
        "Thanks for checking. {name} is connected to our servers, so this isn't a Wi-Fi problem. I'm passing this to "
        "our support team with everything we found. They will contact you here."
    ),
    "after_fix_question": (
        "Our system shows {name} connected now. If it drops off again, the usual causes are a weak Wi-Fi signal where "
        "it sits or a change to the router (a new password or name). Just message me here if it happens, or type "
        "AGENT to ask our support team."
    ),
    "app_offline_handoff": (
        "Thanks for checking. {name} is connected to our servers, so the problem seems to be in the app, not the unit "
        "or your Wi-Fi. I'm passing this to our support team with everything we found. They will contact you here."
    ),
    # After "it works now" with the unit still offline in our system.
    "works_still_offline": (
        "Just checking in: I still don't see {name} online on our side, so it isn't connected yet. Reply to pick up "
        "where we left off, or type AGENT to talk to a person."
    ),
    "abandoned_offline": (
        "I'll close this for now. {name} still isn't online on our side. Message me any time and we'll pick it up."
    ),
    "resetup_later": "No problem: I'll keep this open until tomorrow, so we can carry on from here when you've done it.",
    # Asked mid-conversation, answered before the question again.
    "where_light": (
        "The light I mean is a small round light on {product}, about the size of a pea, that glows green, blue or "
        "another colour. Look on the front and the top; on some units it shines through a small hole or window in "
        "the case. If nothing is lit anywhere, say 'no light at all'."
    ),
    # The hand-off on SMS and Slack: the case number and when to expect an answer, as the web chat says (round 11).
    "case_number": "Your case number is {case}. Our support team usually answers within one working day.",
    "fix_meanwhile": (
        "If you change that now, {product} should connect by itself within a few minutes, and I'll tell you here when "
        "it does. Meanwhile, a couple more questions:"
    ),
    "fix_meanwhile_setup": (
        "Once you've done that, I'll tell you here when our system sees {product} online. Meanwhile, a couple more "
        "questions:"
    ),
    # The change told as made at the questions that follow it; the question is asked again after it.
    "fix_done_watching": (
        "Thanks for changing that. If it was the cause, {product} will connect by itself within a few minutes, and "
        "I'll tell you here as soon as it does. Meanwhile:"
    ),
    "with_support_blocked": (
        "Yes: our system has put {name} on hold, so it can't connect however good your Wi-Fi is. Only our support team "
        "can release it; they have your case and the details."
    ),
    "with_support_not_blocked": (
        "No: nothing in our system is blocking {name}. Our support team has your case and will look into why it "
        "can't connect."
    ),
    # Not a product's unit: whether it is held can't be seen from here (docs/particle-facts.md 3.3: product only).
    "with_support_block_unknown": (
        "I can't see that from here, but our support team can check it on our side: I've added your question to your "
        "case, and they'll look into why {name} can't connect."
    ),
    "with_support_key_wrong": (
        "That could well be it: if the Wi-Fi password {name} has is one character off, it can't join. In our app, set "
        "up its Wi-Fi again and type the password carefully: on stickers 0 (zero) and O, or 1 and l, look alike, and "
        "capitals matter. Turn your phone's hotspot off first if it's on. I'll tell you here when it comes online; "
        "our support team still has your case."
    ),
    "with_support_setup_how": (
        "In our app, open {product}'s settings and choose to set up its Wi-Fi again (or remove it and add it again, as "
        "when it was new). Pick your home Wi-Fi's name and type its password (capitals matter). If your phone's "
        "hotspot is still on, turn it off first. I'll tell you here when our system sees {product} online; our "
        "support team still has your case."
    ),
    "fix_then_setup": (
        "Once you've set it up again, I'll tell you here when our system sees {product} online. Our support team "
        "still has your case."
    ),
    "hotspot_still_again": (
        "It can take up to two minutes from when the hotspot came on. If it still hasn't connected after that, tell me "
        "and we'll check the hotspot's settings together."
    ),
    "aside_allow_device": (
        "Yes, tap Allow: that's your router asking whether {product} may join your Wi-Fi, and until it's allowed it "
        "can't get online. It should connect within a few minutes."
    ),
    "aside_router_light": (
        "Those are your router's lights, not {product}'s. If your phone can't get online on your Wi-Fi either, "
        "restart the router: unplug it for 30 seconds, then plug it back in."
    ),
    # Read for "will this cost me?" and "is this free?" alike (explore7 got "No: this help is free." to the second).
    "aside_cost": "This help is free. If the unit turns out to be faulty, our support team will tell you your options.",
    "aside_visit": (
        "No one needs to come to your home: we can sort most of this out here in the chat, and if the unit turns out to "
        "be faulty, our support team will tell you your options."
    ),
    "aside_antenna": (
        "Yes, please attach it firmly again: {product}'s Wi-Fi needs its antenna to reach your network (it clicks onto "
        "a small round connector). Then we'll see if it connects."
    ),
    "aside_check_remote": (
        "From here our system can only see whether {name} is connected, and right now it can't reach it, so it can't "
        "be checked or fixed from our side: that has to happen on your Wi-Fi, which is what these questions are for. "
        "If you'd rather have our support team look into it, type AGENT."
    ),
    "aside_is_broken": (
        "Probably not: most units that won't connect are fine and have a Wi-Fi problem. These checks tell the two "
        "apart, and if it does turn out to be the unit, our support team will sort out a repair or replacement."
    ),
    "aside_why_questions": (
        "Sorry for all the questions: each one rules out a common cause, and most people are done in 5 to 10 "
        "minutes. If you'd rather talk to a person, type AGENT."
    ),
    "help_again": "If you're not sure, that's fine: pick the answer that seems closest, or type AGENT to talk to a person.",
    "open_network_key": "OK, a Wi-Fi with no password: then the password isn't the problem.",
    "password_told_yes": "You said you used the Wi-Fi password when you set it up, so let's look at the Wi-Fi itself.",
    "hotspot_tried_before": (
        "You mentioned you already tried a phone hotspot. This test is a little different: {product} looks for a "
        "hotspot with one exact name and password by itself, with no set-up, which tells us whether the problem is "
        "the unit or your home Wi-Fi."
    ),
    # While support has the case.
    "with_support_here": "I'm here. Your case is with our support team, and their reply will come here.",
    "with_support_noted": "Added to your case.",
    "with_support_light": "Thanks, I've added what the light is doing now to your case for our support team.",
    "with_support_router_light": (
        "Thanks, I've added your router's lights to your case. If your phone can't get online on your Wi-Fi either, "
        "restart the router: unplug it for 30 seconds, then plug it back in."
    ),
    "with_support_sorry": (
        "I'm sorry this is taking a while. Your case is with our support team, and they'll reply here as soon as "
        "they can."
    ),
    # Questions about the help once support has the case (rules/help_asks.py; bench/round18.py: each got "Your case is
    # with our support team").
    "with_support_contact": (
        "Our support team will reply here, in this same conversation, usually within one working day. If you've left "
        "an e-mail address or phone number, they may use that too."
    ),
    "with_support_human": (
        "A person from our support team will answer you here: your case is in their queue with everything from this "
        "chat. They usually reply within one working day."
    ),
    "with_support_return": (
        "I've added that to your case. Our support team handles returns and replacements, and they'll reply here. "
        "Most units that won't connect turn out to be fine, so they may suggest one more check first."
    ),
    # explore13's n10: a visit or a cost asked with support (asked at a question: aside_visit, aside_cost).
    "with_support_visit": (
        "No one needs to come to your home: our support team helps you here in this chat (or by phone or e-mail if "
        "you've left one). If the unit turns out to be faulty, they will tell you your options."
    ),
    "with_support_cost": (
        "This help is free. If the unit turns out to be faulty, our support team will tell you your options before "
        "anything is done."
    ),
    "with_support_is_broken": (
        "We can't tell yet: most units that won't connect turn out to be fine, with a Wi-Fi setting to change. Our "
        "support team has everything from this chat, and if it is the unit, they'll arrange a repair or replacement."
    ),
    "with_support_is_bot": (
        "I'm the automated assistant. Your case is with our support team, who are people, and their reply will come "
        "here."
    ),
    "with_support_what_next": (
        "Our support team will look at your case and reply here, usually within one working day. You don't need to "
        "stay on this page or by the phone: their reply will wait for you here. Until then, leave the unit plugged "
        "in where it is."
    ),
    "resume_with_support": "OK, let's try again. Your case stays open with our support team too.",
    "unit_recheck": "Thanks, I'll look that one up. Your case stays open with our support team too.",
    "resume_light_changed": (
        "Thanks, that's a change: let's carry on from there. Your case stays open with our support team too."
    ),
    "contact_why": "Only so our support team can reach you if you leave this page. It's up to you.",
    "works_now_with_support_online": (
        "Great, our system shows {name} online too. I've told our support team; there's nothing more you need to do."
    ),
    "works_now_with_support_hotspot": (
        "Our system shows {name} online. If it's still on your phone's hotspot, it will go offline when you turn that "
        "off: our support team will help you get it onto your home Wi-Fi."
    ),
    "works_now_with_support_offline": (
        "Thanks, I've added that to your case. Our system doesn't show {name} online yet, so our support team will "
        "still check it."
    ),
    "works_now_with_support_unknown": "Good to hear! I've added that to your case, and our support team will check it.",
    "with_support_is_online": (
        "Yes: our system shows {name} online now. Your case stays with our support team, who can see this too."
    ),
    "with_support_not_online": (
        "Not yet: our system still shows {name} offline. Our support team has your case and will reply here."
    ),
    "hotspot_never_on_with_support": (
        "Then {name} found its way back onto your home Wi-Fi by itself, which is good news. I've added this to your "
        "case; if it stays online, there's nothing more you need to do."
    ),
    # The hotspot test offered after all, with support (explore13's n12): taken up where it was left.
    "resume_hotspot_test": (
        "Great, let's do the hotspot test now. Your case stays open with our support team too, and I'll add what we "
        "find to it."
    ),
    # After "Good news" while support has the case: a drop said once, then the return once (explore13's n19).
    "offline_again_with_support": (
        "Our system shows {name} offline again. Your case is still with our support team, who can see this too: a "
        "unit that drops in and out helps them find the cause."
    ),
    "back_online_with_support": (
        "It's back: our system shows {name} online again. Our support team can see it has been dropping in and out."
    ),
    "online_home_after_hotspot": (
        "Good news: our system shows {name} online again with your hotspot off, so it's back on your home Wi-Fi. "
        "I've added this to your case, and our support team can see it too."
    ),
    "hotspot_off_after_test": (
        "Yes, you can turn the hotspot off now (and change your phone's name back if you changed it). {name} will go "
        "offline again until your home Wi-Fi is sorted; our support team will help you with that."
    ),
    # Written in another language (rules/asks.other_language): English only, said in that language too.
    "other_language_es": (
        "Sorry, I can only help in English. Lo siento, solo puedo ayudar en inglés: escriba AGENT para hablar con "
        "una persona."
    ),
    "other_language_fr": (
        "Sorry, I can only help in English. Désolé, je ne peux aider qu'en anglais: tapez AGENT pour parler à une "
        "personne."
    ),
    "other_language_de": (
        "Sorry, I can only help in English. Entschuldigung, ich kann nur auf Englisch helfen: schreiben Sie AGENT "
        "für einen Menschen."
    ),
    "other_language_pt": (
        "Sorry, I can only help in English. Desculpe, so posso ajudar em ingles: escreva AGENT para falar com uma "
        "pessoa."
    ),
    "other_language_it": (
        "Sorry, I can only help in English. Mi dispiace, posso aiutare solo in inglese: scriva AGENT per parlare "
        "con una persona."
    ),
    "found_device_offline": "Found it: {name} ({platform}). Our system shows it offline right now, so let's find out why.",
    # Contact details in other words, at "how can they reach you?" (support.py).
    "contact_on_file": "OK: our support team will use the contact details they already have for you.",
    "contact_this_number": "OK: our support team will use that to reach you.",
    "contact_which_number": "Which number should they use? Type it here, or tap Skip.",
    # "hello, is this the help line?" (rules/asks.channel_question): yes, and help at once.
    "greet_support": "Hi! Yes, this is support. I'll help you get {product} online, one short question at a time.",
    # Giving up ("forget it, I'll just buy a new one") with a light that says the unit works (explore9's n15).
    "give_up_fine": (
        "I'm sorry this has been such a hassle. Before you buy a new one or send it back: the light you described "
        "usually means {name} itself is fine and only needs a Wi-Fi change. I'm passing everything we found to our "
        "support team: they can help you get it working, or sort out a return. They will contact you here."
    ),
    # A person asked for in the first message: no promise of questions before the hand-off (explore9's n26).
    "greet_agent": "Hi! I'm passing you to our support team. They will reply here.",
}
