public enum DossierQueryPlaceholder {}
