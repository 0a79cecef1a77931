"""minsheng: statistics from Chinese local reports on livelihood programs."""

__version__ = "0.1.0"
