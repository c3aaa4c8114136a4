"""CareerDesk: an offline career explorer for students and school counselors."""

__version__ = "0.1.0"
