public import ArgumentParser
public import DossierKit

// Model enums typed on the command line by their raw values.
extension FigureKind: ExpressibleByArgument {}
extension ClaimOrigin: ExpressibleByArgument {}
extension Direction: ExpressibleByArgument {}
extension Verdict: ExpressibleByArgument {}
extension FigureBound: ExpressibleByArgument {}
extension DateBound: ExpressibleByArgument {}
extension ClaimOrder: ExpressibleByArgument {}
extension FactSheetFormat: ExpressibleByArgument {}
