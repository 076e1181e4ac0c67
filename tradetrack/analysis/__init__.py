"""Analysis: reconcile figures into series, assess targets, compare with official statistics."""
