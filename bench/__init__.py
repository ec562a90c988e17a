"""Benchmarks for discourse-kit: ``make bench`` (= ``python -m bench``); see README.md."""
