package dev.dialogue.agreement.api;

import dev.dialogue.agreement.service.Certificate;
import java.time.format.DateTimeFormatter;

/** The certificate of completion as a printable HTML page; every value is escaped. */
final class CertificateHtml {

    private CertificateHtml() {
    }

    static String render(Certificate certificate) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="ru"><head><meta charset="utf-8"><title>Certificate of completion</title>
                <style>body{font-family:sans-serif;max-width:50em;margin:2em auto}td,th{border:1px solid #999;padding:.3em}
                table{border-collapse:collapse;width:100%}code{font-size:.8em;word-break:break-all}</style></head><body>
                """);
        html.append("<h1>Certificate of completion · Сертификат о завершении · 完成证书</h1>\n");
        html.append("<h2>").append(escape(certificate.title().ru())).append("<br>").append(escape(certificate.title().zh()))
                .append("<br>").append(escape(certificate.title().en())).append("</h2>\n");
        html.append("<p>Agreement <code>").append(certificate.agreementId()).append("</code>, ").append(certificate.kind())
                .append(", forum ").append(escape(certificate.forumId())).append(", executed ")
                .append(certificate.executedAt() == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(certificate.executedAt()))
                .append("</p>\n<table><tr><th>Party</th><th>Signatory</th><th>Role</th><th>Acted at</th></tr>\n");
        for (Certificate.Party party : certificate.parties()) {
            for (Certificate.Signatory signatory : party.signatories()) {
                html.append("<tr><td>").append(party.position()).append(". ").append(escape(party.organisationName()))
                        .append("</td><td>").append(signatory.name() == null ? "(erased) " : escape(signatory.name()) + " ")
                        .append("<code>").append(signatory.participantId()).append("</code></td><td>").append(signatory.role())
                        .append("</td><td>").append(signatory.actedAt() == null ? ""
                                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(signatory.actedAt())).append("</td></tr>\n");
            }
        }
        html.append("</table>\n<h3>Documents</h3>\n<table><tr><th>Language</th><th>Version</th><th>SHA-256</th></tr>\n");
        for (Certificate.Document document : certificate.documents()) {
            html.append("<tr><td>").append(escape(document.language()))
                    .append(document.language().equals(certificate.prevailingLanguage()) ? " (prevails)" : "")
                    .append("</td><td>").append(document.version()).append("</td><td><code>").append(escape(document.sha256()))
                    .append("</code></td></tr>\n");
        }
        html.append("</table>\n<p>Audit chain: ").append(certificate.auditEntries()).append(" entries, head <code>")
                .append(escape(certificate.auditHead())).append("</code>, ")
                .append(certificate.auditVerified() ? "verified" : "NOT VERIFIED").append(".</p>\n</body></html>\n");
        return html.toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
