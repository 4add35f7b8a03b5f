public import ArgumentParser
public import DossierModel
public import DossierQuery

// Model enums typed on the command line by their raw values.
extension FigureKind: ExpressibleByArgument {}
extension ClaimOrigin: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
extension Verdict: ExpressibleByArgument {}
