"""Keep Qt's notes meant for its own developers off a command's output.

The offscreen platform that draws exports without a screen warns once per
window that it "does not support propagateSizeHints()": true, harmless, and
alarming in front of "chart written to …".  Every other message Qt sends
still reaches stderr (or the handler that was there before)."""

from __future__ import annotations

import sys

NOISE = ("This plugin does not support propagateSizeHints()",)


def silence_platform_noise() -> None:
    from PySide6.QtCore import qInstallMessageHandler

    previous = None

    def handler(kind, context, message):
        if message in NOISE:
            return
        if previous is not None:
            previous(kind, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
