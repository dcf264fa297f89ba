package dev.opsuite.console.technician;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the job is and for whom: the customer, their phone, the place (the location's label and address, access
 * notes) and the call's problem and urgency. A technician may not read field-service's customers or calls; the one
 * answer that tells them is their job sheet ({@code GET /jobs/{id}/sheet.html}, own jobs only), so this is read from
 * its "Call" and "Customer and location" paragraphs. A sheet of another shape gives {@link #unknown()}.
 */
public record JobSite(String customer, String phone, String place, String address, String access, String problem,
        String urgency) {

    private static final Pattern CALL = Pattern.compile("<h2>Call</h2>\\s*<p>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern CUSTOMER = Pattern.compile("<h2>Customer and location</h2>\\s*<p>(.*?)</p>",
            Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos);");
    private static final String DOT = " · ";

    public static JobSite unknown() {
        return new JobSite(null, null, null, null, null, null, null);
    }

    public boolean known() {
        return customer != null;
    }

    public static JobSite fromSheet(String html) {
        if (html == null) {
            return unknown();
        }
        Matcher who = CUSTOMER.matcher(html);
        if (!who.find()) {
            return unknown();
        }
        String[] lines = BREAK.split(who.group(1).trim());
        String customer = text(lines[0]);
        String phone = null;
        int dot = customer.lastIndexOf(DOT);
        if (dot >= 0) {
            phone = customer.substring(dot + DOT.length());
            customer = customer.substring(0, dot);
        }
        String place = null;
        String address = null;
        if (lines.length > 1) {
            String where = text(lines[1]);
            int colon = where.indexOf(": ");
            place = colon < 0 ? null : where.substring(0, colon);
            address = colon < 0 ? where : where.substring(colon + 2);
        }
        String access = lines.length > 2 ? text(lines[2]).replaceFirst("^Access: ", "") : null;
        String problem = null;
        String urgency = null;
        Matcher call = CALL.matcher(html);
        if (call.find()) {
            String[] parts = text(call.group(1)).split(DOT);
            problem = parts[0];
            for (int i = 1; i < parts.length; i++) {
                if (parts[i].startsWith("Urgency ")) {
                    urgency = parts[i].substring("Urgency ".length());
                } else if (!parts[i].isBlank()) {
                    problem = problem + DOT + parts[i];
                }
            }
        }
        return new JobSite(customer, phone, place, address, access, problem, urgency);
    }

    /** The text of an HTML fragment: tags dropped, Qute's escapes undone, spaces collapsed. */
    static String text(String html) {
        String plain = html.replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").trim();
        Matcher m = ENTITY.matcher(plain);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String c = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(e.startsWith("#x") || e.startsWith("#X")
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(c));
        }
        m.appendTail(out);
        return out.toString();
    }
}
