public enum DossierStorePlaceholder {}
