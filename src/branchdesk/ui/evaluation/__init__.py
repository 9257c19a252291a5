"""The 民主评议 page: a branch's yearly democratic evaluation of its members."""
