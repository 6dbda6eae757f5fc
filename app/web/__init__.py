"""The browser UI: signed-in pages, share links and the operators-only worker dashboard (/rq)."""
