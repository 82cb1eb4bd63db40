"""Use cases: one function each, one transaction each, a plain dataclass out.

Every function takes a unit of work (`uow`) and, when it changes state, the acting staff member.
"""
