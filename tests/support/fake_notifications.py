"""A fake ``org.freedesktop.Notifications`` server, run as its own process in tests.

    python fake_notifications.py RECORD.jsonl [--hang] [--no-actions] [--invoke KEY]

It owns the name on the session bus of ``$DBUS_SESSION_BUS_ADDRESS``, prints ``ready``
once it does, and appends every ``Notify`` call to RECORD.jsonl as one JSON object
(app_name, replaces_id, icon, summary, body, actions, hints, timeout, id).
``--hang``: never answer ``Notify`` (a server that hangs). ``--no-actions``: no
"actions" capability. ``--invoke KEY``: after each ``Notify``, emit ``ActionInvoked``
(id, KEY) as a user clicking that button would.
It must run in a separate process: inside the Qt test process the bus calls stall.
"""

from __future__ import annotations

import argparse
import json
import sys

from jeepney import (
    DBusAddress,
    HeaderFields,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("record")
    parser.add_argument("--hang", action="store_true")
    parser.add_argument("--no-actions", action="store_true")
    parser.add_argument("--invoke")
    args = parser.parse_args()
    conn = open_dbus_connection(bus="SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME, 4), timeout=5)
    if reply.body[0] != 1:  # 1 = primary owner
        print(f"could not own {NAME}: {reply.body}", file=sys.stderr)
        return 1
    print("ready", flush=True)
    caps = ["body"] if args.no_actions else ["actions", "body"]
    emitter = DBusAddress(PATH, interface=NAME)
    next_id = 0
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        member = msg.header.fields.get(HeaderFields.member)
        if member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (caps,)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("fake", "tests", "1", "1.2")))
        elif member == "Notify":
            if args.hang:
                continue
            next_id += 1
            app, replaces, icon, summary, body, actions, hints, timeout = msg.body
            record = {
                "app_name": app,
                "replaces_id": replaces,
                "icon": icon,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "hints": {k: v[1] for k, v in hints.items()},
                "timeout": timeout,
                "id": next_id,
                "signature": msg.header.fields.get(HeaderFields.signature),
            }
            with open(args.record, "a", encoding="utf-8") as out:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            print(json.dumps(record, ensure_ascii=False), flush=True)
            conn.send(new_method_return(msg, "u", (next_id,)))
            if args.invoke:
                conn.send(new_signal(emitter, "ActionInvoked", "us", (next_id, args.invoke)))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod"))


if __name__ == "__main__":
    sys.exit(main())
