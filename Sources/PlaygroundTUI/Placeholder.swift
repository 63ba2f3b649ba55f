public enum PlaygroundTUIPlaceholder {}
