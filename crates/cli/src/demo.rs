//! Demo data, loaded only into an empty database: the communes (`musharaka_communes::demo`),
//! demo accounts (password `musharaka-demo`), then each domain's own demo.

use musharaka_communes::store;
use musharaka_core::time::ymd;
use musharaka_core::Result;
use musharaka_db::AnyConnection;
use musharaka_identity::service::{create_admin, save_association, AssociationFile, Grant};
use musharaka_identity::Role;

use musharaka_web::AppState;

pub const DEMO_PASSWORD: &str = "musharaka-demo";

/// Loads the demo into an empty database; returns false (and changes nothing) otherwise.
pub fn load_if_empty(conn: &mut AnyConnection, state: &AppState) -> Result<bool> {
    if store::count(conn)? > 0 {
        return Ok(false);
    }
    let ids = musharaka_communes::demo::load(conn)?;
    create_admin(
        conn,
        "admin@musharaka.ma",
        "Platform admin",
        DEMO_PASSWORD,
        Grant::Platform,
    )?;
    for (slug, id) in &ids {
        for role in [Role::Admin, Role::Secretariat, Role::Bureau] {
            let email = format!("{}.{slug}@demo.musharaka.ma", role.key());
            create_admin(
                conn,
                &email,
                &format!("{} {slug}", role.key()),
                DEMO_PASSWORD,
                Grant::Role(*id, role),
            )?;
        }
    }
    let taroudant = ids[0].1;
    let citizen = create_admin(
        conn,
        "citizen@demo.musharaka.ma",
        "Amina Oubella",
        DEMO_PASSWORD,
        Grant::Citizen,
    )?;
    let statutes_file = statutes(
        conn,
        &state.config,
        citizen.id,
        taroudant,
        "Association Amal Taroudant",
    )?;
    save_association(
        conn,
        citizen.id,
        AssociationFile {
            name_ar: "جمعية أمل تارودانت للتنمية",
            name_fr: "Association Amal Taroudant pour le développement",
            receipt_number: "ASS-TRD-2015-041",
            receipt_date: ymd(2015, 6, 2)?,
            founded_on: ymd(2015, 3, 14)?,
            seat_commune_id: taroudant,
            activity_field: "Développement local, jeunesse / التنمية المحلية والشباب",
            statutes_upload_id: Some(statutes_file),
        },
    )?;
    musharaka_councils::demo::load(conn, &ids)?;
    musharaka_budgets::demo::load(conn)?;
    crate::demo_petitions::load(conn, state)?;
    musharaka_bodies::demo::load(conn, &state.mail_ctx(), DEMO_PASSWORD)?;
    musharaka_cocreation::demo::load(
        conn,
        &musharaka_cocreation::demo::Setup {
            mail: state.mail_ctx(),
            password: DEMO_PASSWORD,
        },
    )?;
    musharaka_consultations::demo::load(conn, &musharaka_events::run_due)?;
    musharaka_requests::demo::load(
        conn,
        &musharaka_requests::service::Context {
            mail: state.mail_ctx(),
            protector: &state.protector,
        },
    )?;
    musharaka_programme::demo::load(conn)?;
    Ok(true)
}

/// An association's statutes as a small real PDF, stored through the upload path (the
/// file on disk, the private `uploads` row): the demo's statutes links open.
pub(crate) fn statutes(
    conn: &mut AnyConnection,
    config: &musharaka_core::Config,
    owner: i64,
    commune_id: i64,
    association: &str,
) -> Result<i64> {
    let file = musharaka_web::uploads::UploadedFile {
        field: "statutes".into(),
        original_name: "statuts.pdf".into(),
        bytes: musharaka_web::uploads::SpooledFile::from_bytes(&demo_pdf(&format!(
            "Statuts - {association} (demo)"
        )))?,
    };
    musharaka_web::uploads::store(
        conn,
        config,
        &file,
        musharaka_web::uploads::FileKind::Pdf,
        Some(owner),
        Some(commune_id),
        true,
    )
}

/// A one-page PDF showing `title` (ASCII), with a correct cross-reference table.
fn demo_pdf(title: &str) -> Vec<u8> {
    let text: String = title
        .chars()
        .filter(|c| c.is_ascii() && !matches!(c, '(' | ')' | '\\'))
        .collect();
    let stream = format!("BT /F1 14 Tf 72 770 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_string(),
        format!("<< /Length {} >>\nstream\n{stream}\nendstream", stream.len()),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
    ];
    let mut pdf = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, o) in objects.iter().enumerate() {
        offsets.push(pdf.len());
        pdf.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", i + 1).as_bytes());
    }
    let xref = pdf.len();
    pdf.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for off in offsets {
        pdf.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    pdf.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    pdf
}
