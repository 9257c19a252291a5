"""The 学习笔记 page: members' class hours against the target, notebooks, collective sessions."""
