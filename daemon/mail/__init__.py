"""Mail at the edges: normalising raw messages, IMAP intake, SMTP outbox."""
