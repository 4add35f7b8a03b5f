public enum DossierKitPlaceholder {}
