from lawgen.cli import main

raise SystemExit(main())
