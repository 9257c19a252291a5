"""Global search (Ctrl+K): the popup, its result list, and opening what it found."""
