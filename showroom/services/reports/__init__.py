"""The manager's reports: figures computed here, read-only, as plain dataclasses; printing/ draws them."""
