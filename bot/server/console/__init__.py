"""The support console at /support (design §7.1): sign-in, the live queue, a case, stats and a CSV export."""
