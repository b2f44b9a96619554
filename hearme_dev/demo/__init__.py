"""``hearme demo``: a fictional council, its simulated children and staff, and their year."""
