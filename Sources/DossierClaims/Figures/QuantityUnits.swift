/// Units of physical and technical measures, as written after a number, and
/// the canonical singular name a `quantity` claim carries (`km` → `kilometre`).
///
/// The scanner reads "240,000 barrels" as a count of barrels; a unit listed
/// here makes it a quantity instead, so that "barrels" and "bbl" compare.
/// Points are not here: index points, points scored and poll points differ.
enum QuantityUnits {
    static let canonical: [String: String] = {
        var table: [String: String] = [:]
        for (name, spellings) in spellings {
            for s in spellings { table[s] = name }
        }
        return table
    }()

    /// Canonical name → how it is written (lower case; plural and abbreviated forms).
    static let spellings: [(String, [String])] = [
        ("millimetre", ["millimetre", "millimetres", "millimeter", "millimeters", "mm"]),
        ("centimetre", ["centimetre", "centimetres", "centimeter", "centimeters", "cm"]),
        ("metre", ["metre", "metres", "meter", "meters"]),
        ("kilometre", ["kilometre", "kilometres", "kilometer", "kilometers", "km", "kms"]),
        ("mile", ["mile", "miles"]),
        ("foot", ["foot", "feet", "ft"]),
        ("inch", ["inch", "inches", "in."]),
        ("acre", ["acre", "acres"]),
        ("hectare", ["hectare", "hectares", "ha"]),
        ("square metre", ["square metre", "square metres", "square meter", "square meters", "sq m", "m2"]),
        ("square foot", ["square foot", "square feet", "sq ft", "sq. ft.", "sq. ft"]),
        ("square kilometre", ["square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "km2"]),
        ("square mile", ["square mile", "square miles", "sq mi"]),
        ("litre", ["litre", "litres", "liter", "liters"]),
        ("gallon", ["gallon", "gallons"]),
        ("barrel", ["barrel", "barrels", "bbl", "bpd"]),
        ("cubic metre", ["cubic metre", "cubic metres", "cubic meter", "cubic meters"]),
        ("tonne", ["tonne", "tonnes", "ton", "tons", "metric tons", "metric tonnes"]),
        ("kilogram", ["kilogram", "kilograms", "kg", "kgs", "kilo", "kilos"]),
        ("gram", ["gram", "grams", "g"]),
        ("milligram", ["milligram", "milligrams", "mg"]),
        ("pound", ["lb", "lbs"]),
        ("ounce", ["ounce", "ounces", "oz"]),
        ("kilowatt hour", ["kilowatt hour", "kilowatt hours", "kilowatt-hour", "kilowatt-hours", "kwh"]),
        ("megawatt hour", ["megawatt hour", "megawatt hours", "megawatt-hour", "megawatt-hours", "mwh"]),
        ("gigawatt hour", ["gigawatt hour", "gigawatt hours", "gigawatt-hour", "gigawatt-hours", "gwh"]),
        ("terawatt hour", ["terawatt hour", "terawatt hours", "terawatt-hour", "terawatt-hours", "twh"]),
        ("watt", ["watt", "watts", "w"]),
        ("kilowatt", ["kilowatt", "kilowatts", "kw"]),
        ("megawatt", ["megawatt", "megawatts", "mw"]),
        ("gigawatt", ["gigawatt", "gigawatts", "gw"]),
        ("kilometre per hour", ["km/h", "kph", "kmh", "kilometres per hour", "kilometers per hour"]),
        ("mile per hour", ["mph", "miles per hour"]),
        ("knot", ["knot", "knots"]),
        ("degree celsius", ["degrees celsius", "degree celsius", "°c", "c"]),
        ("degree fahrenheit", ["degrees fahrenheit", "degree fahrenheit", "°f", "f"]),
        ("degree", ["degree", "degrees"]),
        ("kilobyte", ["kilobyte", "kilobytes", "kb"]),
        ("megabyte", ["megabyte", "megabytes", "mb"]),
        ("gigabyte", ["gigabyte", "gigabytes", "gb"]),
        ("terabyte", ["terabyte", "terabytes", "tb"]),
        ("petabyte", ["petabyte", "petabytes", "pb"]),
    ]

    /// Display resolutions and video formats ("4K", "1440p"): names of a format, never a count.
    static func isResolution(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 2, let last = scalars.last else { return false }
        let digits = scalars.dropLast()
        guard digits.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        let number = Int(String(String.UnicodeScalarView(digits))) ?? 0
        switch last {
        case "K": return [2, 4, 5, 6, 8, 10, 12, 16].contains(number)
        case "p": return [240, 360, 480, 540, 720, 1080, 1440, 2160, 4320].contains(number)
        default: return false
        }
    }

    /// The canonical unit for a count's noun as written ("barrels of oil equivalent" → `barrel`,
    /// "square feet" → `square foot`), or nil when it is not a unit of measure.
    static func unit(for noun: String) -> String? {
        let words = noun.lowercased().split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        if words.count >= 3, let three = canonical[words[0] + " " + words[1] + " " + words[2]] { return three }
        if words.count >= 2, let two = canonical[words[0] + " " + words[1]] { return two }
        // Single letters only glued to the number ("210W", "20C") reach here as a whole noun.
        if first.count == 1 && words.count > 1 { return nil }
        return canonical[first]
    }
}
