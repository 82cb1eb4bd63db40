"""Pages of the Settings dialog (ui.dialogs.settings_dialog), one module per page that needs its own code."""
