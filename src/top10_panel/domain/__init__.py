"""Pure rules, ballots and tally methods: no Qt, no database, no file formats."""
