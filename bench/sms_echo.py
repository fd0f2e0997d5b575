"""The echo baseline for the SMS turn-latency figure: the least an SMS bot on the bot's stack can do per turn.

`POST /sms/twilio` checks X-Twilio-Signature with the bot's own validator (`verify_twilio_signature`, over
PUBLIC_BASE_URL + path, as `cyanbot serve` does), parses the form (Starlette's `request.form()`), answers the empty
TwiML at once, and from a background task POSTs one reply to the (fake) Twilio's Messages.json through one shared
httpx.AsyncClient built like the bot's (`bot.httputil.outbound_client`: httpx over aiohttp's pool), at most 16 sends at once
as the bot's TwilioSender (a burst waits for a slot rather than in httpx's pool, where it would time out). No
storage, no engine, no flow, no retries. Run with the same uvicorn settings as `cyanbot serve`, configured by the
same environment variables (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM_NUMBER, TWILIO_API_BASE_URL,
PUBLIC_BASE_URL).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.channels.sms import verify_twilio_signature
from bot.httputil import outbound_client

TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
PATH = "/sms/twilio"
log = logging.getLogger("bench.sms_echo")

SID = os.environ.get("TWILIO_ACCOUNT_SID", "")
TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
FROM = os.environ.get("TWILIO_FROM_NUMBER", "")
API = os.environ.get("TWILIO_API_BASE_URL", "https://api.twilio.com").rstrip("/")
PUBLIC = os.environ.get("PUBLIC_BASE_URL", "").rstrip("/")
MESSAGES = f"{API}/2010-04-01/Accounts/{SID}/Messages.json"
AUTH = httpx.BasicAuth(SID, TOKEN)

_http: httpx.AsyncClient | None = None
_tasks: set[asyncio.Task[None]] = set()
_slots: asyncio.Semaphore | None = None
SEND_CONCURRENCY = 16  # TwilioSender's max_concurrency
sent = 0
failed = 0


async def _reply(to: str, text: str) -> None:
    global sent, failed
    assert _http is not None and _slots is not None
    try:
        async with _slots:
            r = await _http.post(MESSAGES, data={"To": to, "From": FROM, "Body": text}, auth=AUTH)
        if r.status_code in (200, 201):
            sent += 1
        else:
            failed += 1
            log.warning("twilio answered %s", r.status_code)
    except httpx.HTTPError as e:
        failed += 1
        log.warning("twilio send failed: %s", type(e).__name__)


async def sms(request: Request) -> Response:
    signature = request.headers.get("x-twilio-signature")
    form = await request.form()
    base = PUBLIC or f"{request.url.scheme}://{request.url.netloc}"
    url = base + request.url.path + (f"?{request.url.query}" if request.url.query else "")
    if not verify_twilio_signature(url, form, signature, TOKEN):
        return Response('{"error":"bad_signature"}', status_code=403, media_type="application/json")
    sender, body = str(form.get("From", "")), str(form.get("Body", ""))
    if not sender or not form.get("MessageSid"):
        return Response('{"error":"missing_field"}', status_code=400, media_type="application/json")
    task = asyncio.create_task(_reply(sender, f"echo: {body}"[:1600]))
    _tasks.add(task)
    task.add_done_callback(_tasks.discard)
    return Response(TWIML, media_type="text/xml")


async def healthz(request: Request) -> Response:
    return Response(f'{{"status":"ok","sent":{sent},"failed":{failed}}}', media_type="application/json")


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    global _http, _slots
    _http = outbound_client()
    _slots = asyncio.Semaphore(SEND_CONCURRENCY)
    try:
        yield
    finally:
        for t in list(_tasks):
            t.cancel()
        await asyncio.gather(*_tasks, return_exceptions=True)
        await _http.aclose()


app = Starlette(routes=[Route(PATH, sms, methods=["POST"]), Route("/healthz", healthz)], lifespan=lifespan)

if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    a = p.parse_args()
    # The same settings as `cyanbot serve` (bot/server/serve.py).
    uvicorn.run(
        app, host="127.0.0.1", port=a.port, log_level="warning", access_log=False, timeout_graceful_shutdown=2,
        loop="asyncio",
    )
