"""Every file format the selection exchanges: ballot matrices, lists, packages, workbooks, reports."""
