"""Promises to stakeholders: the list, the forms, and keeping or breaking one."""
