"""The fake Twilio's long-poll (`GET Messages.json?To=&min=&wait=`), count (`count=1`) and `after=N`, which the
benchmarks wait on.

A poll answers once `min` messages match, woken only by a message to its number, and with what there is after
`wait` seconds.
"""

from __future__ import annotations

import asyncio

import httpx

from tests.fakes.twilio import ACCOUNT_SID, AUTH_TOKEN, FakeTwilio

URL = f"http://twilio/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"


def _client(fake: FakeTwilio) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), auth=(ACCOUNT_SID, AUTH_TOKEN))


async def _send(http: httpx.AsyncClient, to: str, body: str) -> None:
    r = await http.post(URL, data={"To": to, "From": "+15550000000", "Body": body})
    assert r.status_code == 201, r.text


async def test_a_poll_answers_when_its_number_gets_enough_messages() -> None:
    fake = FakeTwilio()
    async with _client(fake) as http:
        await _send(http, "+15551110001", "first")
        poll = asyncio.create_task(http.get(URL, params={"To": "+15551110001", "min": 2, "wait": 10}))
        for _ in range(20):  # let the poll reach the fake and start waiting
            await asyncio.sleep(0)
        await _send(http, "+15551110002", "to someone else")
        for _ in range(20):
            await asyncio.sleep(0)
        assert not poll.done()  # a message to another number does not answer it
        await _send(http, "+15551110001", "second")
        r = await asyncio.wait_for(poll, 5)
    assert [m["body"] for m in r.json()["messages"]] == ["second", "first"]  # newest first, as Twilio lists
    assert fake._polls.get("+15551110001") == []  # nothing left waiting


async def test_a_poll_already_satisfied_answers_at_once_and_one_in_vain_after_its_wait() -> None:
    fake = FakeTwilio()
    async with _client(fake) as http:
        await _send(http, "+15551110003", "hello")
        r = await asyncio.wait_for(http.get(URL, params={"To": "+15551110003", "min": 1, "wait": 10}), 5)
        assert len(r.json()["messages"]) == 1
        r = await http.get(URL, params={"To": "+15551110003", "min": 2, "wait": 0.05})
        assert len(r.json()["messages"]) == 1  # the wait ran out: what there is
    assert fake._polls.get("+15551110003") == []


async def test_an_unfiltered_poll_counts_every_message() -> None:
    fake = FakeTwilio()
    async with _client(fake) as http:
        poll = asyncio.create_task(http.get(URL, params={"min": 2, "wait": 10}))
        await _send(http, "+15551110004", "a")
        await _send(http, "+15551110005", "b")
        r = await asyncio.wait_for(poll, 5)
    assert len(r.json()["messages"]) == 2


async def test_a_count_answers_the_number_only_and_waits_like_a_poll() -> None:
    fake = FakeTwilio()
    async with _client(fake) as http:
        poll = asyncio.create_task(http.get(URL, params={"min": 2, "wait": 10, "count": 1}))
        await _send(http, "+15551110006", "a")
        await _send(http, "+15551110007", "b")
        r = await asyncio.wait_for(poll, 5)
        assert r.json() == {"count": 2}
        r = await http.get(URL, params={"To": "+15551110007", "count": 1})
        assert r.json() == {"count": 1}


async def test_after_leaves_out_the_messages_a_client_has_read() -> None:
    fake = FakeTwilio()
    async with _client(fake) as http:
        for body in ("one", "two", "three"):
            await _send(http, "+15551110008", body)
        await _send(http, "+15551110009", "to someone else")
        r = await http.get(URL, params={"To": "+15551110008", "after": 1})
        assert [m["body"] for m in r.json()["messages"]] == ["three", "two"]  # newest first, the first one left out
        poll = asyncio.create_task(http.get(URL, params={"To": "+15551110008", "min": 4, "wait": 10, "after": 3}))
        for _ in range(20):
            await asyncio.sleep(0)
        assert not poll.done()  # `min` still counts every message to the number
        await _send(http, "+15551110008", "four")
        r = await asyncio.wait_for(poll, 5)
        assert [m["body"] for m in r.json()["messages"]] == ["four"]
