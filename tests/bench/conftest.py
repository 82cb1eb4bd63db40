"""The UI fixtures (a logged-in UiContext over the `counter` showroom) for the paging tests here."""

from tests.ui.conftest import ui_ctx  # noqa: F401
