//! The pattern rules, as data. Each rule: an id, what it finds, its category and severity, the
//! literal keywords the aho-corasick prefilter looks for (ASCII case-insensitive), the pattern
//! that confirms a candidate (capture group `v` is the secret itself), an extra check, and
//! examples that must and must not match (the test suite runs every one).
//!
//! Example values are synthetic: random strings in each provider's documented format.

use super::{Category, Severity};
use serde::Serialize;

/// What confirms a pattern match beyond the pattern itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// The pattern alone confirms.
    Pattern,
    /// The secret has at least this many bits of Shannon entropy per character (x10), and is
    /// not a placeholder.
    Entropy(u8),
    /// A JWT whose header decodes to JSON naming an `alg`.
    Jwt,
    /// A PEM/OpenSSH private-key header followed by a key body.
    KeyBody,
    /// A connection string of this form: parsed for hosts and a password; severity rises with
    /// a password.
    Connection(Form),
    /// A value assigned to a name that says secret (`password=`, `"api_key":`), judged with
    /// its name (capture group `n`, see `detect::named`): under a service's name it must have
    /// that service's shape, under any other at least this entropy as [`Check::Entropy`]; a
    /// connection string's finding covers the same span.
    Assignment(u8),
    /// Credentials in a URL (`https://user:pass@host`): entropy as [`Check::Entropy`], the text
    /// must hold an `@`; a connection string's finding covers the same span.
    UrlCredentials(u8),
}

/// How a connection rule's match is parsed for hosts, user and password.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// `scheme://user:password@host:port/db?...`
    Uri,
    /// `jdbc:subprotocol://host:port/db;user=...;password=...` and Oracle's thin forms.
    Jdbc,
    /// `key=value` pairs: libpq's `host=... password=...`, ADO.NET's `Server=...;Password=...`.
    KeyValue,
    /// A `.pgpass` line: `host:port:db:user:password`.
    Pgpass,
    /// Any http(s) URL, judged only for its host (opt-in: `--deny-host`).
    UrlHost,
}

/// One pattern rule, as written in [`RULES`].
#[derive(Debug, Serialize)]
pub struct Rule {
    /// Stable id, as findings carry it.
    pub id: &'static str,
    /// One line on what it finds; findings' messages start with it.
    pub description: &'static str,
    /// The kind of harm.
    pub category: Category,
    /// Default severity.
    pub severity: Severity,
    /// Literals (ASCII case-insensitive) one of which a value must hold before the pattern runs.
    pub keywords: &'static [&'static str],
    /// The regex that confirms a candidate; group `v` (or `w`) is the secret itself.
    pub pattern: &'static str,
    /// What must also hold for a match to count.
    pub check: Check,
    /// Texts in which the rule must find something (the test suite checks each).
    pub examples: &'static [&'static str],
    /// Texts in which the rule must find nothing (the test suite checks each).
    pub counter_examples: &'static [&'static str],
}

use Category::*;
use Check::*;
use Form::*;
use Severity::*;

macro_rules! rule {
    ($id:expr, $desc:expr, $cat:expr, $sev:expr, [$($kw:expr),*], $pat:expr, $check:expr, [$($ex:expr),*], [$($nex:expr),*]) => {
        Rule { id: $id, description: $desc, category: $cat, severity: $sev, keywords: &[$($kw),*], pattern: $pat,
               check: $check, examples: &[$($ex),*], counter_examples: &[$($nex),*] }
    };
}

/// Characters that may surround a token: not part of it.
const _DOC: () = ();

/// Every built-in pattern rule; the engine compiles them in this order, first.
pub static RULES: &[Rule] = &[
    // ---- cloud providers
    rule!("aws-access-key-id", "AWS access key id", Secret, Critical, ["akia", "asia", "abia", "acca"],
        r"\b(?P<v>(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\b", Pattern,
        ["aws key AKIAUJZDEGXDNCF32EPF here"], ["AKIAEXAMPLE", "akiaujzdegxdncf32epf", "XAKIAUJZDEGXDNCF32EPF"]),
    rule!("aws-secret-access-key", "AWS secret access key next to its name", Secret, Critical, ["secret"],
        r"(?i)(?:aws)?_?secret(?:_access)?(?:_key)?[\s'\x22]*[:=\s]\s*['\x22]?(?P<v>[A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)", Entropy(42),
        ["aws_secret_access_key = 2hpChYgCfrL1spNxnyVmihA+2O76UMFxFkM+R5Kj", "secret 2hpChYgCfrL1spNxnyVmihA+2O76UMFxFkM+R5Kj"],
        ["secret 0000000000000000000000000000000000000000", "secret_key = short"]),
    rule!("gcp-api-key", "Google Cloud / Firebase API key", Secret, High, ["aiza"],
        r"\b(?P<v>AIza[0-9A-Za-z_\-]{35})(?:[^0-9A-Za-z_\-]|$)", Pattern,
        ["key=AIzap1vRt_1fjORS-6ilI8ihN5KXSc7Tvo-hBKq"], ["AIza-too-short", "AIzaSy"]),
    rule!("gcp-service-account", "Google Cloud service-account key (JSON)", Secret, Critical, ["service_account"],
        r#"(?s)"type"\s*:\s*"service_account".{0,2000}?"private_key"\s*:\s*"(?P<v>-----BEGIN[^"]{40,})""#, Pattern,
        [r#"{"type": "service_account", "project_id": "p", "private_key": "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----\n"}"#],
        [r#"{"type": "service_account", "project_id": "p"}"#]),
    rule!("azure-storage-connection-string", "Azure storage account connection string with its key", Secret, Critical, ["accountkey="],
        r"(?i)DefaultEndpointsProtocol=https?;AccountName=[^;\s]+;AccountKey=(?P<v>[A-Za-z0-9+/]{86}==)", Pattern,
        ["DefaultEndpointsProtocol=https;AccountName=acct1;AccountKey=nCt1RTrzJm8Iq0na0p/Yt1JoW56KTLTYXPa/W4MxMs3WDlQPFPA2bdgG/MN33X7TfS5biDm0VZty1+Z4RlvUOU==;EndpointSuffix=core.windows.net"],
        ["DefaultEndpointsProtocol=https;AccountName=acct1;AccountKey=<key>"]),
    rule!("azure-sas-token", "Azure shared access signature", Secret, High, ["sig="],
        r"(?i)[?&]sv=\d{4}-\d\d-\d\d[^\s'\x22]*?[?&]sig=(?P<v>[A-Za-z0-9%+/=]{40,})", Pattern,
        ["https://a.blob.core.windows.net/c?sv=2022-11-02&ss=b&sig=%e0tGlhP5sSv07G4%AOkHs0GnG5mAldOKMgwKOOUcSA"],
        ["https://example.com/?sig=abc"]),
    rule!("azure-ad-client-secret", "Microsoft Entra ID (Azure AD) client secret", Secret, High, ["q~"],
        r"(?:^|[^A-Za-z0-9_~.\-])(?P<v>[A-Za-z0-9_~.\-]{3}\dQ~[A-Za-z0-9_~.\-]{31,34})(?:[^A-Za-z0-9_~.\-]|$)", Pattern,
        ["client_secret JTx8Q~6M98NdFQCy-XYbTuEPP_IKBLhcuiS4hX4T"], ["Q~ alone", "abcQ~short"]),
    rule!("alibaba-access-key-id", "Alibaba Cloud AccessKey id", Secret, High, ["ltai"],
        r"\b(?P<v>LTAI[A-Za-z0-9]{20})\b", Pattern, ["LTAIeSUHA1U6dHZwvs1O38Ff"], ["LTAI-short"]),
    rule!("digitalocean-token", "DigitalOcean personal access / OAuth token", Secret, Critical, ["dop_v1_", "doo_v1_", "dor_v1_"],
        r"\b(?P<v>do[opr]_v1_[a-f0-9]{64})\b", Pattern,
        ["dop_v1_e2e5738713a818d8962058765a6ca7cff00d796c25410335b400141212b62c37"], ["dop_v1_abc"]),
    rule!("heroku-api-key", "Heroku API key", Secret, High, ["hrku-", "heroku"],
        r"(?i)\b(?P<v>HRKU-[A-Za-z0-9_\-]{60})\b|heroku.{0,30}\b(?P<w>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b", Pattern,
        ["HRKU-DfcgaTMnTC0MrAU8urbFt5misIZHbhS4-FvafhdZxEuhnbzs0z1wNiMg9aW3", "HEROKU_API_KEY=6f1c2a7e-5b3d-4e8f-9a10-2b3c4d5e6f70"],
        ["uuid 6f1c2a7e-5b3d-4e8f-9a10-2b3c4d5e6f70 linked"]),
    // ---- source hosting and CI
    rule!("github-pat", "GitHub personal access token (classic)", Secret, Critical, ["ghp_"],
        r"\b(?P<v>ghp_[A-Za-z0-9]{36})\b", Pattern, ["ghp_Vpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQoa"], ["ghp_short", "ghp_Vpzz63FfkCzJr4i0B3JrTAwR4y9ojfljoQoaX"]),
    rule!("github-oauth-token", "GitHub OAuth access token", Secret, Critical, ["gho_"],
        r"\b(?P<v>gho_[A-Za-z0-9]{36})\b", Pattern, ["gho_F1LlqsajAIxNKu8iS2G8NPRVdD53X83RZJzz"], ["gho_"]),
    rule!("github-user-to-server-token", "GitHub App user-to-server token", Secret, Critical, ["ghu_"],
        r"\b(?P<v>ghu_[A-Za-z0-9]{36})\b", Pattern, ["ghu_zzgEOzdmenCkhvMdgaKjIg8xNbe3nNyjOq9w"], ["ghu_x"]),
    rule!("github-server-to-server-token", "GitHub App installation token", Secret, Critical, ["ghs_"],
        r"\b(?P<v>ghs_[A-Za-z0-9]{36})\b", Pattern, ["ghs_MxEhh2FDEEtfjgVvVqE1SkHbn88HxjSI6bWH"], ["ghs_x"]),
    rule!("github-refresh-token", "GitHub refresh token", Secret, Critical, ["ghr_"],
        r"\b(?P<v>ghr_[A-Za-z0-9]{36,76})\b", Pattern, ["ghr_tP3fS2qHx6kwXoIIXGvOoNZYW2mZp0zVZomH"], ["ghr_x"]),
    rule!("github-fine-grained-pat", "GitHub fine-grained personal access token", Secret, Critical, ["github_pat_"],
        r"\b(?P<v>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{50,70})\b", Pattern,
        ["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"], ["github_pat_short"]),
    rule!("gitlab-pat", "GitLab personal access token", Secret, Critical, ["glpat-"],
        r"\b(?P<v>glpat-[A-Za-z0-9_\-]{20,})(?:[^A-Za-z0-9_\-]|$)", Pattern, ["glpat-8Stqcbnr3yBdGBLEPH1q"], ["glpat-short"]),
    rule!("gitlab-token", "GitLab deploy, runner, trigger, feed, OAuth or other token", Secret, High,
        ["gldt-", "glrt-", "glptt-", "glft-", "glsoat-", "glcbt-", "glimt-", "gloas-", "glagent-"],
        r"\b(?P<v>(?:gldt|glrt|glptt|glft|glsoat|glcbt|glimt|gloas|glagent)-[A-Za-z0-9_\-]{20,})(?:[^A-Za-z0-9_\-]|$)", Pattern,
        ["gldt-d6Vw5DQL05HA064GiIjH"], ["gldt-x"]),
    rule!("npm-token", "npm access token", Secret, Critical, ["npm_"],
        r"\b(?P<v>npm_[A-Za-z0-9]{36})\b", Pattern, ["npm_IfPkzSrAsQtA9dtVK4wAAb3XZxPmzUzn8aB5"], ["npm_install"]),
    rule!("pypi-token", "PyPI upload token", Secret, Critical, ["pypi-ageicHlwaS5vcmc"],
        r"\b(?P<v>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{30,})", Pattern,
        ["pypi-AgEIcHlwaS5vcmcu2olZU6uqbgsYlVvsSKuvinX_zMqf9OgXluCZz8xBfZuXTptFyfePpX6N1NF2XV54wca_7"], ["pypi-token"]),
    rule!("docker-hub-pat", "Docker Hub personal access token", Secret, High, ["dckr_pat_"],
        r"\b(?P<v>dckr_pat_[A-Za-z0-9_\-]{20,})", Pattern, ["dckr_pat_E56w8ZniqT3Ul4ffqkOkgWrdioy"], ["dckr_pat_x"]),
    rule!("atlassian-api-token", "Atlassian API token", Secret, High, ["atatt3"],
        r"\b(?P<v>ATATT3[A-Za-z0-9_\-=]{150,})", Pattern,
        ["ATATT3xFfGF0MZCY7Bvqiy8CsT07Lq8TDIWG2x9aJTFMP9_2kUtMXhkPrSbbAjLGmsDx5StAZvlMz-Bk4opH1Dr8-h97s_F-vauP7-L7V21jxUdcfQm9_seB1qRmUR8AK3R2GgLLT-ZQISA-pQyOMqlfZZgZMnafy8hWskBf6wmxe1mbVrNHMx1eOc3g-fp1=CE20C4FD"],
        ["ATATT3short"]),
    rule!("linear-api-key", "Linear API key", Secret, High, ["lin_api_"],
        r"\b(?P<v>lin_api_[A-Za-z0-9]{40})\b", Pattern, ["lin_api_JgfPEn5jOaBaaRQh92fn3hiEbrUKpCUVl7dxXVTS"], ["lin_api_x"]),
    rule!("figma-token", "Figma personal access token", Secret, High, ["figd_"],
        r"\b(?P<v>figd_[A-Za-z0-9_\-]{40})", Pattern, ["figd_ZrDDs7YvcX1eYgURZEQ3PZgPsTF2bUnxiP3zcCr1"], ["figd_x"]),
    rule!("pulumi-token", "Pulumi access token", Secret, High, ["pul-"],
        r"\b(?P<v>pul-[a-f0-9]{40})\b", Pattern, ["pul-ce1118813830d71939b53182e4e349d98729e7c6"], ["pul-abc"]),
    rule!("postman-api-key", "Postman API key", Secret, High, ["pmak-"],
        r"\b(?P<v>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b", Pattern, ["PMAK-e3c02eaa7f3b4a715e4e48dd-74089a58f3aef3416f9386bd8773c9d519"], ["PMAK-1"]),
    rule!("databricks-token", "Databricks personal access token", Secret, High, ["dapi"],
        r"\b(?P<v>dapi[a-f0-9]{32}(?:-\d)?)\b", Pattern, ["dapi40ea4e095bd1d6854575622f85646960"], ["dapi_docs"]),
    rule!("hashicorp-vault-token", "HashiCorp Vault service token", Secret, Critical, ["hvs.", "hvb."],
        r"\b(?P<v>hv[sb]\.[A-Za-z0-9_\-]{24,})", Pattern,
        ["hvs.skL-6GgebhbkXNNv_hOV48vsoUu19X5IQLJhQbtN2FWXWD5KaPHI2ufKssJ-Sk_WzDNhY7AGbX6lTiDYHP9zyBylxL"], ["hvs.short"]),
    rule!("doppler-token", "Doppler service token", Secret, High, ["dp.pt.", "dp.st.", "dp.sa."],
        r"\b(?P<v>dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44})\b", Pattern, ["dp.pt.xKKwzXH2jpc7Fx3gxODYfjuMbwrHMbgcn33KFLKnq7X"], ["dp.pt.x"]),
    rule!("age-secret-key", "age encryption secret key", Secret, Critical, ["age-secret-key-1"],
        r"\b(?P<v>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b", Pattern,
        ["AGE-SECRET-KEY-1Q67G30THZ2HQKUY8K05CRJXLUPGP09WT2XNSPPXVSPA0UXKXTZ38AL3888"], ["AGE-SECRET-KEY-1"]),
    // ---- messaging, payments, SaaS
    rule!("slack-bot-token", "Slack bot token", Secret, Critical, ["xoxb-"],
        r"\b(?P<v>xoxb-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24,34})\b", Pattern,
        ["xoxb-807290222791-8058887180334-cXgGCJbW56eCuNGMGmSrCGIZ"], ["xoxb-123"]),
    rule!("slack-user-token", "Slack user token", Secret, Critical, ["xoxp-"],
        r"\b(?P<v>xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[a-f0-9]{32})\b", Pattern,
        ["xoxp-783848372616-751361341252-4273167232686-ad6ba2b0aee0ca923732881584d8c4fa"], ["xoxp-1-2-3"]),
    rule!("slack-app-token", "Slack app-level token", Secret, High, ["xapp-"],
        r"\b(?P<v>xapp-\d-[A-Z0-9]+-\d+-[a-f0-9]{64})\b", Pattern,
        ["xapp-1-AFRDL1ERBFQ-1931417058649-4173581569969e58b081006f7e3dfc967a64cb14028d512c9791e558e08baa71"], ["xapp-1-A-1-ff"]),
    rule!("slack-legacy-token", "Slack legacy, refresh or configuration token", Secret, High, ["xoxa-", "xoxr-", "xoxs-", "xoxe."],
        r"\b(?P<v>(?:xox[ars]-\d+-[A-Za-z0-9\-]{20,}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{100,}))", Pattern,
        ["xoxs-807290222791-8058887180334-cXgGCJbW56eCuNGMGmSrCGIZ"], ["xoxs-1-x"]),
    rule!("slack-webhook", "Slack incoming-webhook URL", Secret, High, ["hooks.slack.com"],
        r"(?P<v>https://hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/]{8,}/[A-Za-z0-9+/]{8,}/[A-Za-z0-9+/]{16,})", Pattern,
        ["https://hooks.slack.com/services/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"], ["https://hooks.slack.com/services/"]),
    rule!("stripe-live-key", "Stripe live secret or restricted key", Secret, Critical, ["sk_live_", "rk_live_"],
        r"\b(?P<v>[sr]k_live_[A-Za-z0-9]{20,247})\b", Pattern,
        ["sk_live_WuUFjsUNPjc01T5GOBUSZGi6HWGK10Zb0R", "rk_live_LZ5TR9SPofbciOx9gy1CJdObOIRpFqaDZe"], ["sk_live_short"]),
    rule!("stripe-test-key", "Stripe test-mode secret key", Secret, Medium, ["sk_test_", "rk_test_"],
        r"\b(?P<v>[sr]k_test_[A-Za-z0-9]{20,247})\b", Pattern, ["sk_test_V7G5IfQHeVVEqZe2qpUWnoVPDF2yeE6RsX"], ["sk_test_x"]),
    rule!("stripe-webhook-secret", "Stripe webhook signing secret", Secret, High, ["whsec_"],
        r"\b(?P<v>whsec_[A-Za-z0-9]{32,})\b", Pattern, ["whsec_cNOPmeMjvqPVStNKiaEdFrRgSnRFsTHs"], ["whsec_x"]),
    rule!("square-token", "Square access token or OAuth secret", Secret, High, ["sq0atp-", "sq0csp-", "eaaa"],
        r"\b(?P<v>sq0atp-[A-Za-z0-9_\-]{22}|sq0csp-[A-Za-z0-9_\-]{43}|EAAA[A-Za-z0-9_\-]{60})\b", Pattern,
        ["sq0atp-GZaF31DDxp63OHm1FZuG29", "sq0csp-6c0xPbX_neGBuzSm6A8cVR06AxYpThGJWZhbj11THnC"], ["sq0atp-x", "EAAA short"]),
    rule!("shopify-token", "Shopify access token or shared secret", Secret, Critical, ["shpat_", "shpca_", "shppa_", "shpss_"],
        r"\b(?P<v>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b", Pattern,
        ["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", "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"], ["shpat_xyz"]),
    // "sk" alone is in every other English sentence ("asked"); a key SID is SK + hex, so the
    // keywords are SK followed by each hex digit that rarely follows "sk" in words.
    rule!("twilio-api-key", "Twilio API key SID", Secret, High, ["twilio", "sk0", "sk1", "sk2", "sk3", "sk4", "sk5", "sk6", "sk7", "sk8", "sk9", "ska", "skb", "skc", "skd", "skf"],
        r"\b(?P<v>SK[0-9a-fA-F]{32})\b", Pattern, ["twilio SKeee3692f09e2e8c662248b483b7ffc05", "SK0b3692f09e2e8c662248b483b7ffc05e"], ["SKIP", "sk1234", "SKeee3692f09e2e8c662248b483b7ffc05abc"]),
    rule!("sendgrid-api-key", "SendGrid API key", Secret, Critical, ["sg."],
        r"\b(?P<v>SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43})(?:[^A-Za-z0-9_\-]|$)", Pattern,
        ["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"], ["SG.short.key"]),
    rule!("mailgun-api-key", "Mailgun API key", Secret, High, ["key-"],
        r"\b(?P<v>key-[0-9a-f]{32})\b", Pattern, ["key-fc35526f7eaed46725a2a7b860dcd6c8"], ["key-value", "key-123"]),
    rule!("mailchimp-api-key", "Mailchimp API key", Secret, High, ["-us"],
        r"\b(?P<v>[0-9a-f]{32}-us\d{1,2})\b", Pattern, ["a1f8b46287cced9041dff02cee737443-us14"], ["abc-us1"]),
    rule!("telegram-bot-token", "Telegram bot token", Secret, High, [":aa"],
        r"\b(?P<v>\d{8,10}:AA[A-Za-z0-9_\-]{33})(?:[^A-Za-z0-9_\-]|$)", Pattern, ["3834492235:AASuEPyHnvnzXtsMM3JznnJAX7ebZ3CL7cs"], ["12:AAbc"]),
    rule!("datadog-api-key", "Datadog API or application key next to its name", Secret, High, ["datadog", "dd_api_key", "dd_app_key", "dd-api-key"],
        r"(?i)(?:datadog|dd[_-]api[_-]key|dd[_-]app[_-]key)[^\n]{0,30}?\b(?P<v>[a-f0-9]{32}|[a-f0-9]{40})\b", Pattern,
        ["DD_API_KEY=6631129f34369aad80b891baf90d0d3b"], ["datadog dashboard"]),
    rule!("sentry-dsn", "Sentry DSN (carries the project key)", Secret, Medium, ["sentry.io", "ingest.sentry"],
        r"(?P<v>https://[0-9a-f]{32}(?::[0-9a-f]{32})?@[A-Za-z0-9.\-]*sentry\.io/\d+)", Pattern,
        ["https://f16295d06910bf3f5fb85967f532f3ab@o12345.ingest.sentry.io/6789"], ["https://sentry.io/welcome/"]),
    rule!("sentry-auth-token", "Sentry auth token", Secret, High, ["sntrys_", "sntryu_"],
        r"\b(?P<v>sntr[yu]s?_[A-Za-z0-9+/=_]{50,})", Pattern, ["sntrys_gz7z54VfB4PbxntqB5IGky4Oo8DiIMWSWMPcwLuHj31CQJVukDCSXqLoivDP"], ["sntrys_x"]),
    rule!("grafana-token", "Grafana service-account or cloud token", Secret, High, ["glsa_", "glc_"],
        r"\b(?P<v>glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,}={0,2})", Pattern,
        ["glsa_rBg8CXL0M9iq1cvmlyfbdcJx3TDF8265_2c328a72", "glc_96QGzlC2kx9pUolc8q8wd5J5b16dqYGTVPWEdgju"], ["glc_x"]),
    rule!("new-relic-api-key", "New Relic user API key", Secret, High, ["nrak-"],
        r"\b(?P<v>NRAK-[A-Z0-9]{27})\b", Pattern, ["NRAK-AMT2G4UXQYHX4YK2PJA3MCKOEXI"], ["NRAK-1"]),
    // ---- AI providers
    rule!("openai-api-key", "OpenAI API key", Secret, Critical, ["t3blbkfj", "sk-proj-", "sk-svcacct-", "sk-admin-"],
        r"\b(?P<v>sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}T3BlbkFJ[A-Za-z0-9_\-]{20,}|sk-(?:proj|svcacct|admin)-[A-Za-z0-9_\-]{80,})", Pattern,
        ["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"],
        ["sk-proj-short"]),
    rule!("anthropic-api-key", "Anthropic API key", Secret, Critical, ["sk-ant-"],
        r"\b(?P<v>sk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{93}AA)(?:[^A-Za-z0-9_\-]|$)", Pattern,
        ["sk-ant-api03-7XG3-q-xbMtEPO6UkzYuF0ie9Pu2njHkAm1-5wDr16EpLLJIVGHz4FxFEtKyPiYGFDm7ena8D5VfLDpgyyjVw5HanSBeVAA"], ["sk-ant-api03-short",
         // 108 characters that do not end in the AA every key ends in
         "sk-ant-api03-iQG-H28Ey5HyXhmnvDVRuv3TABb_JxlvRyuhBMw4ObZdrS2UuHCExK1rRYs-ng6vy3aCnP0KlpoINwDjxf9S_Kazp1pi9"]),
    rule!("huggingface-token", "Hugging Face access token", Secret, High, ["hf_"],
        r"\b(?P<v>hf_[A-Za-z]{34})\b", Pattern, ["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"],
        ["hf_short", "hf_aaaa_bbbb", "hf_1280775506263040325361551858482777"]),
    // ---- tokens and keys with a structure
    rule!("jwt", "JSON Web Token", Secret, High, ["eyj"],
        r"\b(?P<v>eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,})", Jwt,
        ["eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.q7Jd2mV9xLpR4tK8wZ1nB6cF3hY0sG5uE_aTzX-oNiM"],
        ["eyJub3QiOiJqd3QifQ.eyJ4IjoxfQ.abcdefghijkl",
         // jwt.io's published sample token
         "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"]),
    rule!("private-key", "PEM private key (RSA, EC, DSA, PKCS#8, encrypted)", Secret, Critical, ["-----begin"],
        r"(?P<v>-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----)", KeyBody,
        ["-----BEGIN RSA PRIVATE KEY-----\n0saEGWEzolegZP4O6a88RWEWTiYIPjCHH8S9CsiUAvUEwt6wfPWU2p0tGWnUTM5l\n-----END RSA PRIVATE KEY-----",
         "-----BEGIN PRIVATE KEY-----\\n0saEGWEzolegZP4O6a88RWEWTiYIPjCHH8S9CsiUAvUEwt6wfPWU2p0tGWnUTM5l\\n-----END PRIVATE KEY-----"],
        ["-----BEGIN PRIVATE KEY-----", "-----BEGIN PUBLIC KEY-----\n0saEGWEzolegZP4O6a88RWEWTiYIPjCHH8S9CsiUAvUEwt6wfPWU2p0tGWnUTM5l"]),
    rule!("openssh-private-key", "OpenSSH private key", Secret, Critical, ["-----begin openssh"],
        r"(?P<v>-----BEGIN OPENSSH PRIVATE KEY-----)", KeyBody,
        ["-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n-----END OPENSSH PRIVATE KEY-----"],
        ["-----BEGIN OPENSSH PRIVATE KEY-----\n..."]),
    rule!("pgp-private-key", "PGP private key block", Secret, Critical, ["-----begin pgp private"],
        r"(?P<v>-----BEGIN PGP PRIVATE KEY BLOCK-----)", KeyBody,
        ["-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF0saEGWEzolegZP4O6a88RWEWTiYIPjCHH8S9CsiUAvUEwt6wfPWU2p0tGWnUTM5l\n"],
        ["-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBF0saEGWEzolegZP4O6a88RWEWTiYIPjCHH8S9CsiUAvUEwt6wfPWU2p0tGWnUTM5l\n"]),
    // RFC 7517/7518: a JSON Web Key's private parts are `d` (RSA, EC, OKP) and `k` (a symmetric
    // `oct` key, the HMAC secret itself); a public key has neither.
    rule!("jwk-private-key", "JSON Web Key with its private or symmetric key (`d` or `k`)", Secret, Critical, ["kty"],
        r#"\\?"(?:k|d)\\?"\s*:\s*\\?"(?P<v>[A-Za-z0-9_\-]{16,})"#, Entropy(30),
        [r#"{"keys":[{"k":"c2VjcmV0LWtleS1mb3ItaG1hYy1zaWduaW5nLTQ4Mg","kty":"oct","alg":"HS256"}]}"#,
         r#"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","d":"jpsQnnGQmL-YBIffH1136cLSNxmdgUd-tE6bHs4Xj0c"}"#,
         r#"{\"kty\":\"oct\",\"k\":\"GawgguFyGrWKav7AX4VKUg3x9EAh7qzIq4Vmb8sN2Qe\"}"#],
        [r#"{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}"#,
         r#"{"kty":"RSA","n":"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbf","e":"AQAB","kid":"2011-04-29"}"#,
         r#"{"kty":"oct","k":"aaaaaaaaaaaaaaaaaaaaaaaa"}"#]),
    rule!("putty-private-key", "PuTTY private key file", Secret, Critical, ["putty-user-key-file-"],
        r"(?P<v>PuTTY-User-Key-File-[0-9]: [a-z0-9\-]+)", Pattern,
        ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none"], ["PuTTY key file"]),
    // ---- generic assignments
    rule!("generic-secret-assignment", "password, secret, token or API key assigned a value (key=value)", Secret, High,
        ["password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "api-key", "access_key", "client_secret"],
        r"(?i)(?:^|[^A-Za-z0-9])(?P<n>[A-Za-z0-9_.\-]*(?:password|passwd|pwd|secret|token|api[_\-]?key|access[_\-]?key)[A-Za-z0-9_]*)\s*=\s*(?P<v>[^\s'\x22,;&<>{}()]{8,128})", Assignment(30),
        ["smtp_password=J2bNl#oCH3VDgnuq", "API_KEY=JYL5o59wtaqU#EVR"],
        ["password=changeme", "password=${DB_PASSWORD}", "token=aaaaaaaaaaaa", "password_reset=true"]),
    rule!("generic-secret-json", "password, secret, token or API key in a JSON object", Secret, High,
        ["password", "passwd", "pwd", "secret", "token", "api_key", "apikey", "access_key"],
        r#"(?i)"(?P<n>[A-Za-z0-9_.\-]*(?:password|passwd|pwd|secret|token|api[_\-]?key|access[_\-]?key)[A-Za-z0-9_]*)"\s*:\s*"(?P<v>[^"\\]{8,128})""#, Assignment(30),
        [r#"{"db_host": "localhost", "db_password": "aN4$vsdV3R!OoL"}"#],
        [r#"{"password": "********"}"#, r#"{"token_type": "bearer_token"}"#, r#"{"password": "<redacted>"}"#]),
    rule!("generic-secret-json-pair", "a JSON name/value pair whose name names a secret (`{\"key\": \"stripe_secret\", \"value\": \"...\"}`)", Secret, High,
        ["\"value\""],
        r#"(?i)"(?:key|name|setting|param)"\s*:\s*"(?P<n>[^"\\]{1,100})"\s*,\s*"(?:value|val)"\s*:\s*"(?P<v>[^"\\]{8,400})""#, Assignment(30),
        [r#"[{"key": "smtp_password", "value": "J2bNl#oCH3VDgnuq"}]"#],
        [r#"{"name": "theme", "value": "dark-mode-2024"}"#, r#"{"key": "api_token", "value": "<YOUR_TOKEN>"}"#]),
    rule!("generic-secret-yaml", "password, secret or token in YAML / colon form", Secret, High,
        ["password:", "passwd:", "secret:", "token:", "api_key:", "apikey:"],
        r"(?im)^[ \t\-]*(?P<n>[A-Za-z0-9_.\-]*(?:password|passwd|secret|token|api_?key)[A-Za-z0-9_]*):[ \t]+['\x22]?(?P<v>[^\s'\x22#]{8,128})", Assignment(30),
        ["db:\n  password: JYL5o59wtaqU#EVR\n"], ["password: changeme", "secret: ${SECRET}"]),
    rule!("generic-secret-named", "a value a few words name as a secret or a service's token (`stripe token: ...`, `API key = ...`)", Secret, High,
        ["token:", "token :", "token=", "token =", "key:", "key :", "key=", "key =", "secret:", "secret :", "secret=", "secret =", "password:", "password =", "token is", "key is", "password is"],
        r"(?i)(?:^|[^A-Za-z0-9_.\-])(?P<n>(?:[A-Za-z0-9_.\-]+ ){0,2}[A-Za-z0-9_.\-]*(?:password|passwd|secret|token|key))[ \t]*(?::|=|\bis\b)[ \t]*['\x22]?(?P<v>[^\s'\x22<>,;()\[\]{}]{8,400})", Assignment(30),
        ["the billing token: kP3vR9sQ2wX7zL1m", "our SMTP password is J2bNl#oCH3VDgnuq"],
        ["stripe token: sk_live_short", "the api key: <YOUR_API_KEY>", "primary key: customer_id", "sort key = created_at_desc",
         ":cache: :key: \"$CI_BUILD_NAME\"", "dex key=C:\\Users\\ryan\\Documents\\GitHub\\FitFast-Android"]),
    rule!("url-basic-auth", "credentials embedded in an http(s) or ftp URL", Secret, High, ["http://", "https://", "ftp://"],
        r"(?i)\b(?:https?|ftp)://[^\s:/@'\x22]+:(?P<v>[^\s@/'\x22]{3,})@[A-Za-z0-9.\-]+", UrlCredentials(25),
        ["https://deploy:JYL5o59wtaqU@git.corp.example.net/repo.git"], ["https://www.postgresql.org/docs/", "http://user:@host"]),
    rule!("uri-credentials", "user and password in a URI of any scheme (`smtp://`, `ldaps://`, `oracle+cx_oracle://`, `snowflake://`)", Secret, High, ["://"],
        r"(?i)\b[a-z][a-z0-9+.\-]{1,30}://[^\s:/@'\x22<>]+:(?P<v>[^\s@/'\x22<>]{3,})@[A-Za-z0-9.\-]+", UrlCredentials(25),
        ["sftp://deploy:w.GPA-4gxfB_@files.prod.internal:22", "git+ssh://ci:0OTKWAb!4tlB@git.prod.internal/app.git"],
        ["smtp://mailer:changeme@smtp.example.com", "see https://www.postgresql.org/docs/", "nats://app:${NATS_PASSWORD}@nats:4222"]),
    // ---- connection strings (hosts judged by the host policy)
    rule!("postgres-uri", "PostgreSQL connection URI", ConnectionString, Medium, ["postgres://", "postgresql://"],
        r"(?i)(?P<v>\bpostgres(?:ql)?://[^\s'\x22<>\\]+)", Connection(Uri),
        ["postgres://svc:JYL5o59wtaqU@db01.corp.example.net:5432/app"], ["postgres://", "see postgresql.org"]),
    rule!("mysql-uri", "MySQL / MariaDB connection URI", ConnectionString, Medium, ["mysql://", "mariadb://", "mysql+"],
        r"(?i)(?P<v>\b(?:mysql|mariadb)(?:\+[a-z0-9]+)?://[^\s'\x22<>\\]+)", Connection(Uri),
        ["mysql://shop:JYL5o59wtaqU@mysql.corp.example.net:3306/shop"], ["mysql:// "]),
    rule!("mongodb-uri", "MongoDB connection URI", ConnectionString, Medium, ["mongodb://", "mongodb+srv://"],
        r"(?i)(?P<v>\bmongodb(?:\+srv)?://[^\s'\x22<>\\]+)", Connection(Uri),
        ["mongodb+srv://admin:JYL5o59wtaqU@cluster0.ab12c.mongodb.net/prod"], ["mongodb:// "]),
    rule!("redis-uri", "Redis connection URI", ConnectionString, Medium, ["redis://", "rediss://"],
        r"(?i)(?P<v>\brediss?://[^\s'\x22<>\\]+)", Connection(Uri), ["redis://:JYL5o59wtaqU@cache.corp.example.net:6379/0"], ["redis://"]),
    rule!("amqp-uri", "AMQP (RabbitMQ) connection URI", ConnectionString, Medium, ["amqp://", "amqps://"],
        r"(?i)(?P<v>\bamqps?://[^\s'\x22<>\\]+)", Connection(Uri), ["amqps://orders:JYL5o59wtaqU@mq.corp.example.net:5671/orders"], ["amqp://"]),
    rule!("kafka-uri", "Kafka bootstrap URI", ConnectionString, Medium, ["kafka://", "kafka+ssl://"],
        r"(?i)(?P<v>\bkafka(?:\+ssl)?://[^\s'\x22<>\\]+)", Connection(Uri), ["kafka://broker1.corp.example.net:9092"], ["kafka://"]),
    rule!("mssql-uri", "SQL Server connection URI", ConnectionString, Medium, ["mssql://", "sqlserver://", "mssql+"],
        r"(?i)(?P<v>\b(?:mssql|sqlserver)(?:\+[a-z0-9]+)?://[^\s'\x22<>\\]+)", Connection(Uri), ["mssql://sa:JYL5o59wtaqU@sql1.corp.example.net:1433/db"], ["mssql://"]),
    rule!("oracle-uri", "Oracle connection URI", ConnectionString, Medium, ["oracle://", "oracle+"],
        r"(?i)(?P<v>\boracle(?:\+[a-z0-9_]+)?://[^\s'\x22<>\\]+)", Connection(Uri), ["oracle://scott:JYL5o59wtaqU@ora.corp.example.net:1521/ORCL", "oracle+cx_oracle://scott:Mid6BRiY0NU7@ora.corp.example.net:1521/ORCL"], ["oracle://"]),
    rule!("clickhouse-uri", "ClickHouse connection URI", ConnectionString, Medium, ["clickhouse://", "clickhouse+"],
        r"(?i)(?P<v>\bclickhouse(?:\+[a-z0-9]+)?://[^\s'\x22<>\\]+)", Connection(Uri), ["clickhouse://default:JYL5o59wtaqU@ch.corp.example.net:9000/db"], ["clickhouse://"]),
    rule!("jdbc-url", "JDBC connection URL", ConnectionString, Medium, ["jdbc:"],
        r"(?i)(?P<v>\bjdbc:[a-z0-9]+:(?://|@|thin:@)?[^\s'\x22<>\\]+)", Connection(Jdbc),
        ["jdbc:mysql://mysql-prod.corp.example.net:3306/shop?user=shop&password=JYL5o59wtaqU"], ["jdbc: driver"]),
    rule!("libpq-dsn", "libpq key=value connection string", ConnectionString, Medium, ["host=", "hostaddr="],
        r"(?i)(?P<v>\b(?:host|hostaddr)\s*=\s*(?:'[^']*'|[^\s'\x22]+)(?:\s+(?:port|dbname|user|password|sslmode|hostaddr|host|connect_timeout|application_name|sslrootcert|options)\s*=\s*(?:'[^']*'|[^\s'\x22]+))+)", Connection(KeyValue),
        ["host=10.20.30.40 port=5432 dbname=ledger user=etl password=JYL5o59wtaqU"], ["host=x", "the host= parameter"]),
    rule!("ado-net-connection-string", "ADO.NET / ODBC connection string", ConnectionString, Medium,
        ["server=", "data source=", "driver={", "address="],
        r"(?i)(?P<v>\b(?:Server|Data Source|Address|Driver)[ \t]*=[ \t]*[^;\n]+;(?:[^;'\x22\n]*;)*?[^;'\x22\n]*(?:Password|Pwd|User ID|Uid|Database|Initial Catalog)[ \t]*=[ \t]*[^;'\x22\n]*;?(?:[^;'\x22\n]*=[^;'\x22\n]*;?)*)", Connection(KeyValue),
        ["Server=tcp:sql1.corp.example.net,1433;Database=prod;User ID=sa;Password=JYL5o59wtaqU;"], ["server=on", "server=on */\n/* Database=prod;User ID=sa;"]),
    rule!("pgpass-line", ".pgpass line (host:port:database:user:password)", ConnectionString, High, [":5432:", ":*:"],
        r"(?m)(?:^|[\s'\x22])(?P<v>[A-Za-z0-9.\-*]+:(?:\d{1,5}|\*):[^:\s'\x22]+:[^:\s'\x22]+:[^:\s'\x22]{4,})(?:$|[\s'\x22])", Connection(Pgpass),
        ["db01.corp.example.net:5432:app:svc:JYL5o59wtaqU", "see *:*:*:replicator:y+alClsuD#6d__vo here"], ["a:b:c", "at 10:5432:00:12:30:45 today"]),
    rule!("url-host", "URL whose host the policy denies (checked only when --deny-host is given)", LiveHost, High, ["http://", "https://"],
        r"(?i)(?P<v>\bhttps?://[^\s'\x22<>\\]+)", Connection(UrlHost),
        ["dashboards at https://grafana.corp.example.net/d/x/orders"], ["no url here"]),
    // ---- credential hashes
    rule!("bcrypt-hash", "bcrypt password hash", CredentialHash, High, ["$2a$", "$2b$", "$2y$", "$2x$"],
        r"(?P<v>\$2[abxy]\$[0-9]{2}\$[./A-Za-z0-9]{53})", Pattern,
        ["$2b$12$DVAYLX8aDjutRUv.JWSmOVOXgn0QDVw5IQC1cHbPrCojxGo25CsTR"], ["$2b$12$short"]),
    rule!("argon2-hash", "Argon2 password hash", CredentialHash, High, ["$argon2"],
        r"(?P<v>\$argon2(?:id|i|d)\$v=\d+\$m=\d+,t=\d+,p=\d+\$[A-Za-z0-9+/]{10,}\$[A-Za-z0-9+/]{20,})", Pattern,
        ["$argon2id$v=19$m=65536,t=3,p=4$0d7FZTmxLoICfZfu3zMtWf$NwD/G3SaoKfgFoeOASl1YCJlS24R5gA2q+yfHwuEHFh"], ["$argon2id$"]),
    rule!("scrypt-hash", "scrypt password hash (crypt or Werkzeug form)", CredentialHash, High, ["$7$", "scrypt:", "$scrypt$"],
        r"(?P<v>\$7\$[./A-Za-z0-9]{11,}\$[./A-Za-z0-9]{43}|scrypt:\d+:\d+:\d+\$[^$\s]{8,}\$[0-9a-f]{64,}|\$scrypt\$[^\s$]+\$[^\s$]+\$[A-Za-z0-9+/=]{20,})", Pattern,
        ["scrypt:32768:8:1$VxG2Opw3JTzvdTvQ$afb77b4460ecec9524998a26259bebd2fa5880587061ce6936714122a40680a06aa0fca51d12afc8e00aa1da5204642bbdb4a78f19e8b8480f3b47c20431658b"],
        ["scrypt:1"]),
    rule!("pbkdf2-hash", "PBKDF2 password hash (Django, Werkzeug, passlib)", CredentialHash, High, ["pbkdf2"],
        r"(?P<v>pbkdf2_sha(?:1|256|512)\$\d+\$[^$\s]+\$[A-Za-z0-9+/=]{20,}|pbkdf2:sha(?:1|256|512):\d+\$[^$\s]+\$[0-9a-f]{40,}|\$pbkdf2(?:-sha(?:256|512))?\$\d+\$[./A-Za-z0-9]+\$[./A-Za-z0-9]{20,})", Pattern,
        ["pbkdf2_sha256$600000$D1RzIk99mKEXfixXNdzpdx$fbB6Mpr2lzoTvURbGpEVT+fTmTPoeFGTy5c4oc+ojHx=",
         "pbkdf2:sha256:600000$jJ7s3RQy1jL4qISW$8e00a4ff1125cf5ec72ba694165beaecba0afa707e1448c828b4136d3b97429a"],
        ["pbkdf2 is a key derivation function"]),
    rule!("crypt-hash", "Unix crypt hash (MD5 $1$, SHA-256 $5$, SHA-512 $6$)", CredentialHash, High, ["$1$", "$5$", "$6$"],
        r"(?P<v>\$1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}|\$5\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{43}|\$6\$(?:rounds=\d+\$)?[./A-Za-z0-9]{1,16}\$[./A-Za-z0-9]{86})", Pattern,
        ["$1$tRQYjxLp$p87CC.2pQKpqCOn0tr5Xym", "$6$TpTECfdlXez909sK$iqBsp2Xjd27wzT.c0qIhfZPg2/utUJ.2Qx6iN40rXifOKZT7pKPbwA3iqTZSC2WFmBvxmAEkwE8B4AmiYh2pml"],
        ["$1$ only", "costs $5$ each"]),
    rule!("postgres-scram-verifier", "PostgreSQL SCRAM-SHA-256 password verifier", CredentialHash, High, ["scram-sha-256$"],
        r"(?P<v>SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+)", Pattern,
        ["SCRAM-SHA-256$4096:twudSF4/BSX6BPdnbiZShD==$W0WCdGcH3EDTAP2JM/Bu9IrMKlQa+FuO5BgAUf4x3rM=:dotbrMtTmv7Yl1RYQeEzberD3ncgOiop+r2awCsoT/j="],
        ["SCRAM-SHA-256 is the default"]),
    rule!("postgres-md5-verifier", "PostgreSQL md5 password verifier", CredentialHash, High, ["md5"],
        r"\b(?P<v>md5[0-9a-f]{32})\b", Pattern, ["PASSWORD 'md5b672850882161db80a1e9ad8cdadc4cc'"], ["md5 checksum", "md5b672850882161db80a1e9ad8cdadc4ccff"]),
];
