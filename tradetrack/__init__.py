"""tradetrack: bilateral trade figures from news articles, reconciled and checked against targets."""
__version__ = "0.1.0"
