"""`lifeline feedback export --jsonl FILE` on real files: a case closed by a reply, exported
in the models/data schema, 0600, marked exported."""

import json
import os

from daemon.commands.cli import main
from daemon.config.load import load_config
from daemon.store.engine import Store
from daemon.store.feedback import FeedbackFile
from daemon.store.layout import feedback_path
from models.tools.data import parse_line
from tests.app.test_apply import officer_reply
from tests.commands.test_cases import config_file
from tests.helpers import Clock, Handling, example

OFFICER = "cr-jodhpur-comm@police.example.in"


def enabled_config_file(tmp_path, enabled=True):
    path = config_file(tmp_path)
    text = path.read_text(encoding="utf-8")
    assert "[feedback]\nenabled = false" in text
    path.write_text(text.replace("[feedback]\nenabled = false", f"[feedback]\nenabled = {str(enabled).lower()}"), encoding="utf-8")
    return path


def close_one(path, body="FALSE ALARM"):
    config = load_config(path)
    store = Store(config.store_path)
    desk = Handling(config, store, Clock(), key=b"k" * 32)
    case_id = desk.handle(example("facebook_plain.eml"), 1).case_id
    desk.handle(officer_reply(case_id, OFFICER, body, store=store, auth=True), 2)  # a close: threaded and authenticated
    post = store.get_case(case_id)["report"]["post_text"]
    store.close()
    return config, case_id, post


def test_export_writes_training_rows_0600_and_marks_them(tmp_path, capsys):
    path = enabled_config_file(tmp_path)
    config, case_id, post = close_one(path)
    out = tmp_path / "export.jsonl"
    assert main(["feedback", "export", "--jsonl", str(out), "--config", str(path)]) == 0
    printed = capsys.readouterr().out
    assert os.stat(out).st_mode & 0o777 == 0o600
    [line] = out.read_text(encoding="utf-8").splitlines()
    post_row, reason = parse_line(line)  # what `make model-train FEEDBACK=` reads
    assert reason is None and (post_row.id, post_row.level, post_row.lang, post_row.split) == (f"fb-{case_id}", "low", "hi", "train")
    assert post_row.text == post
    row = json.loads(line)
    assert row["outcome"] == "false alarm" and row["source"] == "feedback"
    for personal in ("Suresh Meghwal", "98290", "facebook.com/"):
        assert personal not in line
    assert "exported 1 examples" in printed and "by language: hi=1" in printed and "label: low=1" in printed
    assert "1 newly marked exported" in printed and post not in printed  # never the post text on a terminal
    [kept] = FeedbackFile(feedback_path(config.store_path)).read()[0]
    assert kept.exported_at is not None
    # again: the same rows, nothing newly marked
    assert main(["feedback", "export", "--jsonl", str(out), "--config", str(path)]) == 0
    assert "0 newly marked exported" in capsys.readouterr().out and len(out.read_text().splitlines()) == 1


def test_disabled_records_nothing_and_export_says_so(tmp_path, capsys):
    path = enabled_config_file(tmp_path, enabled=False)
    config, _, _ = close_one(path)
    assert not feedback_path(config.store_path).exists()
    out = tmp_path / "export.jsonl"
    assert main(["feedback", "export", "--jsonl", str(out), "--config", str(path)]) == 1
    err = capsys.readouterr().err
    assert "no examples" in err and "enabled = false" in err
    assert not out.exists()


def test_export_into_a_missing_folder_is_refused(tmp_path, capsys):
    path = enabled_config_file(tmp_path)
    assert main(["feedback", "export", "--jsonl", str(tmp_path / "nope" / "x.jsonl"), "--config", str(path)]) == 2
    assert "is not a folder" in capsys.readouterr().err
