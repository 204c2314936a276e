"""Documents: context building from the one assessment, rendering Word templates, PDF export."""
