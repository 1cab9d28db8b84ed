"""Helpers above the bindings: code that calls the generated methods and types and adds behaviour
around them (today: folding a chat stream into its final completion). A regeneration never touches
it, and the engine never imports it; it may import the generated ``venice.types``."""
