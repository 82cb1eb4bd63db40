"""The desk's UI tests use the same fixtures as tests/ui (a logged-in context over a real store)."""

from tests.ui.conftest import ui_ctx  # noqa: F401
