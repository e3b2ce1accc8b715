"""Refuse request bodies over the upload limit before they are parsed (413)."""

from __future__ import annotations

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.api.errors import problem_response

# Room for the multipart envelope around a file exactly at the limit.
MULTIPART_OVERHEAD_BYTES = 64 * 1024


class _TooLarge(HTTPException):
    """An HTTPException so that FastAPI's body parsing re-raises it instead of answering 400."""


class BodySizeLimitMiddleware:
    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.max_body = max_bytes + MULTIPART_OVERHEAD_BYTES

    def _detail(self) -> str:
        return f"file: the request body is larger than the upload limit of {self.max_bytes / 1e6:g} MB"

    def _too_large(self):  # noqa: ANN202
        return problem_response(413, self._detail())

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await self._too_large()(scope, receive, send)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    raise _TooLarge(413, self._detail())
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await self._too_large()(scope, receive, send)
