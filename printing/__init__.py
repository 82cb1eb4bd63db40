"""PDF builders: plain data in, PDF bytes out (labels, receipts, reports). Filled in by the printing work."""
