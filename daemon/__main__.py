from daemon.commands.cli import main

raise SystemExit(main())
