"""Handlers decide; the app applies. Pure: no store, no network, no clock of their own.

Each handler takes its input (a prepared mail, a due case, a refused mail, ...), the case(s)
it needs as loaded by daemon.app.apply, the config and ``now``, and returns a Decision: the
effects to apply in one store transaction, and the outcome. ``table`` maps each kind of mail
to its handler; ``commands`` holds the reply commands, one module per verb.

    mail kinds       report, reply, automatic (auto-reply, bounce), other
    events           timer (an escalation step is due), delivery (a mail was refused for
                     good), quarantine (a mail kept failing), config_refused (a bad edit)
"""
