"""Fixtures for the end-to-end tests in a real browser: Debian's ``chromium`` driven by Playwright (never a
browser Playwright downloads), one per test module, and a phone-sized page per test.

Without ``chromium`` these tests fail, never skip: ``.ci/run`` installs it (``apt-get install chromium``)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Error, Page, sync_playwright

PHONE = "Pixel 7"  # Playwright's emulation: a 412 × 839 CSS-pixel screen, touch, a mobile user agent


@pytest.fixture(scope="module")
def phone_browser() -> Iterator[tuple[Browser, dict[str, Any]]]:
    """Debian's chromium, headless, and the phone to emulate (``new_context`` arguments)."""
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is missing: install it with `apt-get install chromium` (.ci/run does).")
    args = ["--no-sandbox"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []  # root has no sandbox
    with sync_playwright() as playwright:
        device = dict(playwright.devices[PHONE])
        device.pop("default_browser_type", None)
        browser = playwright.chromium.launch(executable_path=executable, args=args)
        try:
            yield browser, device
        finally:
            browser.close()


class PageProblems:
    """What went wrong inside the page: uncaught script errors and Content-Security-Policy refusals."""

    def __init__(self, page: Page) -> None:
        self.errors: list[str] = []
        page.on("pageerror", self._page_error)
        page.on("console", self._console)

    def _page_error(self, error: Error) -> None:
        self.errors.append(f"uncaught: {error}")

    def _console(self, message: ConsoleMessage) -> None:
        if "Content Security Policy" in message.text:
            self.errors.append(f"CSP: {message.text}")


def _phone_page(phone_browser: tuple[Browser, dict[str, Any]], locale: str) -> Iterator[Page]:
    browser, device = phone_browser
    context = browser.new_context(**device, locale=locale)
    page = context.new_page()
    problems = PageProblems(page)
    try:
        yield page
    finally:
        context.close()
    assert problems.errors == []


@pytest.fixture
def phone(phone_browser: tuple[Browser, dict[str, Any]]) -> Iterator[Page]:
    """A French phone's page (``navigator.language`` fr-FR); the test fails if the page had a script error or
    broke its Content-Security-Policy."""
    yield from _phone_page(phone_browser, "fr-FR")


@pytest.fixture
def english_phone(phone_browser: tuple[Browser, dict[str, Any]]) -> Iterator[Page]:
    """The same phone, in English (en-GB)."""
    yield from _phone_page(phone_browser, "en-GB")
