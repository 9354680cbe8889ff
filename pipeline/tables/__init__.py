"""Tables: the one definition of every output table (pandera models) and how tables are written and read."""
