package org.diplograph.cli;

import java.io.PrintWriter;
import java.util.List;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Rows of strings written as TSV, CSV (RFC 4180 quoting) or a JSON array of objects, for the
 * reporting commands. TSV cells have tabs and line breaks replaced by spaces, as TSV cannot quote.
 */
final class Table {

    enum Format { tsv, csv, json }

    private Table() {}

    static void write(Format format, List<String> columns, List<List<String>> rows, PrintWriter out) {
        switch (format) {
            case tsv -> {
                out.println(String.join("\t", columns));
                rows.forEach(r -> out.println(String.join("\t", r.stream().map(c -> c.replaceAll("[\\t\\r\\n]+", " ")).toList())));
            }
            case csv -> {
                out.print(String.join(",", columns.stream().map(Table::csv).toList()) + "\r\n");
                rows.forEach(r -> out.print(String.join(",", r.stream().map(Table::csv).toList()) + "\r\n"));
            }
            case json -> {
                JsonArray a = new JsonArray();
                for (List<String> r : rows) {
                    JsonObject o = new JsonObject();
                    for (int i = 0; i < columns.size(); i++)
                        o.put(columns.get(i), r.get(i));
                    a.add(o);
                }
                out.println(a.toString());
            }
        }
        out.flush();
    }

    private static String csv(String cell) {
        return cell.matches(".*[\",\\r\\n].*") || cell.contains("\n") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
