"""Use cases: one function each, a plain dataclass out.

Every function takes a unit of work (`uow`), the acting staff member when it changes state, and `now`
(None: the PC clock) when time matters. A use case writes its rows and its events in one transaction;
queries read in one read transaction (`uow.read()`, never the write lock). These run more than one, and
say so in their docstrings:
- checkout.check_out: the streamer's automatic suspension first (overdue.enforce_suspensions, kept even
  when the check-out is then refused for it), then the loan; a wrong override PIN is recorded after the
  rollback, in a transaction of its own (staff.override_pins_counted).
- staff.login, staff.record_failed_override: a read of the account before the slow PIN check, then the
  write that records the attempt (committed even when the attempt is refused).
- overdue.overdue_board: enforce_suspensions, then one read for the call list.
- backups.*: one read transaction (who acts, where backups go), then file work outside any transaction.
"""
