"""The baseline for the SMS webhook throughput figure: a bare Starlette + uvicorn handler.

It parses the same form (Starlette's `request.form()`, python-multipart) and returns the same empty TwiML, with
no signature check, no storage and no engine. Run with the same uvicorn settings as `cyanbot serve`.
"""

from __future__ import annotations

import argparse

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'


async def sms(request: Request) -> Response:
    form = await request.form()
    _ = (form.get("From"), form.get("Body"), form.get("MessageSid"))
    return Response(TWIML, media_type="text/xml")


async def healthz(request: Request) -> Response:
    return Response('{"status":"ok"}', media_type="application/json")


app = Starlette(routes=[Route("/sms/twilio", sms, methods=["POST"]), Route("/healthz", healthz)])

if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    a = p.parse_args()
    # The same settings as `cyanbot serve` (bot/server/serve.py).
    uvicorn.run(app, host="127.0.0.1", port=a.port, log_level="warning", access_log=False, loop="asyncio")
