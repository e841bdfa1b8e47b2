"""Is a reply really from the address in its From? A DKIM or DMARC pass aligned with the
From domain: verified here with dkimpy, or read from the topmost Authentication-Results
field when one of our own MTAs wrote it (daemon.core.authresults says why only the topmost).

The trusted authserv-ids are ``[authenticity] trusted_authserv_ids`` plus the older
``reply_authserv_id``; dkimpy runs when ``[authenticity] verify_dkim`` is on. Whether a
reply must pass is the reply handler's decision (``reply_auth_required``).
"""

from __future__ import annotations

from daemon.config.schema import Config
from daemon.core.authresults import relaxed_aligned
from daemon.core.verdict import NO_SENDER, Verdict
from daemon.edges.authenticity import DnsFunc, decide
from daemon.reading.message import Message


def trusted_ids(config: Config) -> tuple[str, ...]:
    ids = list(config.authenticity.trusted_authserv_ids)
    if config.reply_authserv_id:
        ids.append(config.reply_authserv_id.lower())
    return tuple(dict.fromkeys(ids))


def reply_verdict(raw: bytes, message: Message, config: Config, dnsfunc: DnsFunc | None = None) -> Verdict:
    froms = message.header_all("From")
    if len(froms) != 1 or not message.from_addr:
        return Verdict.failed(NO_SENDER, "the reply's From holds no single address")
    from_domain = message.from_addr.rsplit("@", 1)[1]
    policy = config.authenticity.model_copy(update={"trusted_authserv_ids": trusted_ids(config)})
    return decide(raw, lambda d: relaxed_aligned(d, from_domain), message.header_all("Authentication-Results"),
                  policy, dnsfunc)
