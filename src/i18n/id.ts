import type { MessageKey } from './en.js';

/** Indonesian message catalogue: every English key must have a translation (the type checks it). */
export const id: Record<MessageKey, string> = {
  'error.prefix': 'galat',
  'warning.prefix': 'peringatan',
  'error.internal':
    'Galat internal: {message}. Ini kesalahan pada tree-assess; jalankan lagi dengan --debug dan laporkan keluarannya.',
  'error.interrupted': 'Dihentikan.',
  'error.moreProblems': '… dan {count} masalah lain (hanya {limit} pertama yang ditampilkan).',
  'error.debugHint': 'Jalankan dengan --debug untuk melihat jejak tumpukan (stack trace).',
  'usage.badFormat': 'Format "{value}" tidak tersedia untuk perintah ini: gunakan salah satu dari {allowed}.',
  'usage.badExtension':
    'tidak jelas apa yang harus ditulis ke {file}: perintah ini menulis berkas {known}. Beri nama berkas dengan salah satu ekstensi itu, atau berikan --format.',
  'usage.excelIgnored': '--excel hanya membentuk keluaran CSV, jadi tidak berpengaruh pada keluaran {format}.',
  'usage.conflict': '{a} dan {b} saling bertentangan: berikan salah satu saja.',
  'usage.tableIgnored': '--table memilih tabel CSV, jadi tidak berpengaruh untuk keluaran {format}.',
  'usage.formatConflict': '--json dan --format {format} saling bertentangan: berikan salah satu saja.',
  'usage.missingAnswer':
    'Tidak ada terminal untuk bertanya, jadi {what} harus diberikan dengan {flag} (atau --yes untuk membiarkannya kosong).',
  'cli.unknownOption': 'opsi {a} tidak dikenal',
  'cli.unknownCommand': 'perintah {a} tidak dikenal',
  'cli.missingArgument': 'argumen wajib {a} tidak diberikan',
  'cli.invalidChoice': 'opsi {a}: "{b}" tidak diizinkan; gunakan salah satu dari {c}.',
  'cli.optionMissingArgument': 'opsi {a} memerlukan nilai',
  'cli.excessArguments': 'terlalu banyak argumen untuk {a}',
  'cli.helpHint': '(jalankan dengan --help untuk cara pakai)',
  'cli.didYouMean': '(maksud Anda {a}?)',
  'input.missing': '{file}: berkas tidak ditemukan. Periksa jalurnya (relatif terhadap {cwd}).',
  'input.unreadable': '{file}: berkas tidak dapat dibaca ({reason}).',
  'input.isDirectory': '{file}: ini folder, bukan berkas.',
  'output.exists': '{file} sudah ada: gunakan --force untuk menimpanya, atau pilih jalur -o lain.',
  'output.unwritable': '{file}: tidak dapat menulis ({reason}). Periksa bahwa folder ada dan dapat ditulisi.',
  'output.diskFull':
    '{file}: disk penuh ({reason}); tidak ada yang ditulis dan berkas sebelumnya tidak berubah. Kosongkan ruang, atau pilih jalur -o lain.',
  'output.denied':
    '{file}: tidak diizinkan menulis di sini ({reason}); tidak ada yang ditulis. Pilih folder yang dapat ditulisi.',
  'output.noFolder': '{file}: folder {dir} tidak ada: buat dulu, atau pilih jalur -o lain.',
  'output.isFolder': '{file} adalah folder: sebutkan nama berkas tujuan, misalnya {file}/hasil.csv.',
  'output.isInput': '{file} juga merupakan masukan proses ini: pilih jalur -o lain agar masukan tidak tertimpa.',
  'output.twice': '{file} disebut dua kali sebagai keluaran: beri setiap keluaran jalurnya sendiri.',
  'output.notRegular': 'bukan berkas biasa, pipa, atau terminal',
  'output.stdoutFailed':
    'tidak dapat menulis ke keluaran standar ({reason}): hasilnya tidak lengkap. Periksa ke mana keluaran diarahkan (disk penuh?), atau tulis dengan -o BERKAS.',
  'output.nameTooLong':
    '{file}: nama terlalu panjang untuk sistem berkas ({reason}): umumnya paling banyak 255 bita per nama. Pilih nama -o yang lebih pendek.',
  'output.notFolder':
    '{file} seharusnya folder, tetapi ada berkas dengan nama itu ({reason}): pindahkan atau ganti namanya, atau pilih folder lain.',
  'output.written': 'Menulis {file}',
  'workspace.notFound':
    'Tidak ada assessment.json di {dir} atau folder di atasnya: jalankan "tree init" untuk membuat ruang kerja, atau berikan --workspace JALUR.',
  'workspace.exists': '{dir} sudah berisi ruang kerja ({file}): gunakan --force untuk menimpanya.',
  'workspace.notEmpty': '{dir} tidak kosong: berkas yang akan tertimpa: {files}. Gunakan --force untuk menimpanya.',
  'workspace.invalidJson':
    'bukan JSON yang sah: {reason}. Perbaiki sintaksnya (biasanya koma atau tanda kutip yang hilang).',
  'workspace.invalid': '{file} tidak sesuai dengan skema asesmen ({count} masalah):',
  'json.invalid': '{file} tidak dapat dipakai:',
  'json.tooLarge':
    'lebih besar dari {limit}, batas ukuran berkas JSON: periksa apakah ini berkas yang dimaksud (assessment.json biasanya hanya beberapa kB).',
  'json.tooDeep':
    'bersarang lebih dari {max} tingkat: tidak ada berkas TREE yang memerlukannya; periksa apakah ini berkas yang dimaksud, atau hapus kurung yang berlebih.',
  'json.tooManyValues':
    'berisi lebih dari {max} nilai (angka, teks, daftar, objek): tidak ada berkas TREE yang memerlukannya; periksa apakah ini berkas yang dimaksud.',
  'json.duplicateKey':
    '"{key}" muncul dua kali dalam objek ini (pertama di baris {line}), dan hanya yang terakhir yang berlaku: simpan salah satunya saja.',
  'json.notFinite':
    '{text} bukan bilangan hingga (terlalu besar untuk dihitung): tulis angka biasa, misalnya 2 atau 0,5.',
  'workspace.allZeroWeights':
    'semua kriteria berbobot 0, jadi tidak ada yang dapat dinilai: beri bobot di atas 0 pada sedikitnya satu kriteria (kriteria tanpa "weight" berbobot 1).',
  'init.created': 'Ruang kerja dibuat di {dir}',
  'init.next': 'Berikutnya: simpan ekspor survei di {data}, lalu jalankan "tree validate {file}".',
  'prompt.required': 'tidak boleh kosong',
  'prompt.notText': 'harus berupa teks',
  'prompt.notList': 'harus berupa teks yang dipisahkan koma, atau daftar teks',
  'prompt.notNumber': '"{value}" bukan angka',
  'prompt.notInteger': '"{value}" bukan bilangan bulat',
  'prompt.notYesNo': '"{value}" bukan ya atau tidak',
  'prompt.notChoice': '"{value}" bukan salah satu dari {allowed}',
  'prompt.tooSmall': 'harus paling sedikit {min}',
  'prompt.tooLarge': 'harus paling banyak {max}',
  'prompt.listTip': 'Pisahkan beberapa jawaban dengan koma.',
  'prompt.backTip': 'Ketik {back} untuk kembali.',
  'prompt.backChoice': '← Kembali',
  'prompt.otherChoice': 'Lainnya…',
  'prompt.otherAsk': '{message} (lainnya)',
  'prompt.yes': 'Ya',
  'prompt.no': 'Tidak',
  'prompt.badGiven': '{count} jawaban yang diberikan tidak dapat dipakai:',
  'prompt.badFlag': '{flag}: {problem} (pertanyaan {id})',
  'example.created': 'Ruang kerja contoh (desa {village}) ditulis ke {dir}',
  'example.next': 'Coba: cd {dir} && tree score --by gender (di Windows: tree-assess score --by gender)',
  'validate.ok': '{file}: OK ({what})',
  'validate.failed': '{file}: {count} masalah',
  'validate.summary': '{ok} dari {total} berkas sah.',
  'validate.brokenWorkspace':
    'ruang kerja ini memiliki {count} masalah, jadi berkas CSV diperiksa dengan kriteria bawaan tanpa pemetaan: validasi juga ruang kerjanya untuk melihat masalahnya.',
  'validate.kind.assessment': 'ruang kerja asesmen',
  'validate.kind.survey': 'survei penilaian, {rows} baris, {columns} kolom',
  'validate.kind.csv': 'CSV, {rows} baris, {columns} kolom',
  'validate.unknownKind': 'jenis berkas tidak dikenali: berikan berkas asesmen .json atau survei .csv.',
  'schema.required': 'properti wajib "{property}" tidak ada',
  'schema.additionalProperties':
    'properti "{property}" tidak dikenal: periksa ejaannya (skema mencantumkan nama yang diizinkan)',
  'schema.type': 'harus berupa {type}',
  'schema.enum': 'harus salah satu dari {allowed}',
  'schema.minimum': 'paling kecil {limit}',
  'schema.maximum': 'paling besar {limit}',
  'schema.exclusiveMinimum': 'harus lebih besar dari {limit}',
  'schema.minLength': 'tidak boleh kosong',
  'schema.minItems': 'harus berisi sedikitnya {limit} butir',
  'schema.pattern': 'harus sesuai pola {pattern}',
  'schema.uniqueItems': 'butir harus unik (butir {i} dan {j} sama)',
  'schema.const': 'harus {allowed}',
  'schema.other': '{message}',
  'schema.pattern.id':
    'harus berupa huruf kecil, angka dan garis bawah, diawali huruf, misalnya market_demand atau jobs_2',
  'schema.pattern.widePattern':
    'harus memuat {activity} di tempat nama kegiatan dalam nama kolom, misalnya "{activity}/{criterion}", "{activity}_{criterion}", atau "{activity}" saja untuk satu pertanyaan per kegiatan',
  'schema.requiredLabelEn': 'label bahasa Inggris ({path}) tidak ada: isilah, atau cukup label bahasa Indonesia saja',
  'schema.requiredLabelId': 'label bahasa Indonesia ({path}) tidak ada: isilah, atau cukup label bahasa Inggris saja',
  'schema.emptyLabels':
    'isi label bahasa Inggris ({en}), label bahasa Indonesia ({id}), atau keduanya: satu saja cukup, yang lain mengikutinya',
  'schema.ambiguousAlias':
    '"{spelling}" menunjuk dua peluang: ejaan ini juga milik "{first}" ({at}). Berikan setiap ejaan kepada satu peluang saja.',
  'scale.from.flag': '--scale',
  'scale.from.survey': 'survey.scale di assessment.json',
  'scale.from.default': 'bawaan 1–5: ubah dengan survey.scale di assessment.json, atau --scale MIN..MAX',
  'scale.from.criterion': 'criteria[{i}].scale di assessment.json',
  'score.unknownMapField':
    '"{field}" tidak dapat dipetakan dengan --map: itu bukan bidang survei ini. Bidang yang dikenal: {known}. Segmen juga harus diminta dengan --by {field}.',
  'flag.badCriteria':
    'kriteria "{part}" pada --criteria tidak dapat dibaca: tulis id atau id:cost, dipisah koma, misalnya rating,food_rating,price:cost (id: huruf kecil, angka dan garis bawah, diawali huruf).',
  'flag.duplicateCriterion': 'kriteria {id} disebut dua kali pada --criteria: sebutkan setiap kriteria sekali saja.',
  'flag.badScale':
    'skala "{value}" pada --scale tidak dapat dibaca: tulis MIN..MAKS dengan MIN lebih kecil dari MAKS, misalnya 0..2 atau 1..5.',
  'labels.invalid': 'label jawaban di {file} tidak dapat digunakan:',
  'labels.badEntry':
    'jawaban "{word}" bernilai "{value}", yang bukan angka: berikan angka untuk setiap kata jawaban, misalnya "tinggi": 4.',
  'labels.badShape':
    'berkas harus berisi kata jawaban → angka: objek JSON seperti {"rendah": 1, "tinggi": 2}, atau CSV dua kolom (kata, angka).',
  'schema.duplicateCriterion': 'id kriteria "{id}" muncul lebih dari sekali',
  'schema.badScale': 'batas bawah skala {min} harus lebih kecil dari batas atas {max}',
  'csv.empty': 'berkas kosong: ekspor ulang survei beserta baris datanya.',
  'csv.noWhereColumn':
    'tidak ada kolom {field}, sehingga baris untuk satu {field} tidak dapat dipilih: petakan kolomnya di assessment.json (survey.columns.segments.{field} untuk survei penilaian, needs.columns.{field} untuk survei rumah tangga).',
  'csv.headerOnly': 'berkas hanya berisi judul kolom, tanpa baris data.',
  'csv.binary': 'ini bukan berkas teks CSV (berisi data biner). Ekspor survei sebagai CSV.',
  'csv.utf16NoBom':
    'ini tampaknya teks UTF-16 tanpa penanda urutan byte: baca dengan --encoding utf-16le (atau utf-16be), atau ekspor survei sebagai CSV UTF-8.',
  'csv.unclosedQuote': 'ada kolom bertanda kutip yang tidak ditutup: cari tanda kutip ganda yang tersesat.',
  'csv.ragged':
    'baris berisi {actual} kolom, padahal judul berisi {expected}: periksa pemisah yang hilang atau berlebih.',
  'csv.invalidQuote':
    'ada tanda kutip ganda di dalam kolom tanpa kutip: beri kutip pada kolom itu atau gandakan tanda kutipnya ("").',
  'csv.parse': '{reason}',
  'csv.tooLong':
    'sebuah baris melebihi {limit} MiB tanpa berakhir: ini bukan ekspor survei, atau ada jeda baris atau tanda kutip penutup yang hilang di sini. Periksa berkas mulai dari baris ini.',
  'csv.invalidBytes':
    'sel ini berisi byte yang bukan UTF-8 (tampil sebagai �) di dalam berkas yang selebihnya UTF-8: ketik ulang isi sel itu, atau simpan ulang berkas sebagai UTF-8 (tree score --skip-invalid membacanya dengan � di tempat byte itu).',
  'csv.invalidBytesRead': 'sel ini berisi byte yang bukan UTF-8; sel dibaca dengan � di tempat byte itu.',
  'csv.invalidBytesMore': '{count} sel lain juga berisi byte yang bukan UTF-8 (tidak dicantumkan).',
  'csv.mixedEncoding':
    'berkas ini mencampur dua pengodean: berkas dibaca sebagai Windows-1252 sesuai huruf beraksen pertamanya, tetapi sebagian besar sisanya UTF-8, sehingga nama di bagian itu akan rusak. Simpan ulang sebagai UTF-8, atau baca dengan --encoding utf-8 untuk melihat daftar byte yang bukan UTF-8.',
  'input.stdinTwice':
    '"-" (masukan standar) disebut {count} kali, padahal masukan standar hanya dapat dibaca sekali: sebut sekali saja.',
  'input.stdinFolder':
    'masukan standar berupa folder, bukan berkas: alihkan sebuah berkas (tree score - < data/ratings.csv), atau sebut nama berkasnya sebagai ganti "-".',
  'survey.noRatings':
    'berkas berisi {rows} baris data tetapi tidak ada satu pun nilai: setiap sel nilai kosong atau berisi penanda data hilang (n/a, -). Periksa apakah kolom kriteria memang berisi nilai.',
  'survey.allSkipped':
    'berkas berisi {rows} baris data tetapi tidak ada nilai yang tersisa: {skipped} sel atau baris yang tidak sah dilewati (--skip-invalid) dan sel nilai lainnya kosong atau hilang. Jalankan tanpa --skip-invalid untuk melihat masalahnya.',
  'survey.noActivity':
    'kolom kegiatan usaha tidak ditemukan (dicari: {candidates}): petakan dengan --map activity=KOLOM, atau di assessment.json pada survey.columns.activity.',
  'survey.wideWhichCriterion':
    'pola format lebar "{pattern}" tidak memiliki bagian kriteria, jadi setiap kolom menilai satu kriteria, tetapi ruang kerja memiliki {count} kriteria ({ids}): sebutkan kriteria yang dinilai jawaban ini di assessment.json pada survey.wide.criterion.',
  'survey.wideUnknownCriterion':
    'survey.wide.criterion berisi "{criterion}", yang bukan kriteria ruang kerja ini: gunakan salah satu dari {ids}.',
  'survey.unknownAnswer':
    '"{value}" bukan jawaban pada skala untuk {criterion}: gunakan angka {min} sampai {max}, salah satu jawaban di survey.scale.labels ({known}), atau tambahkan jawaban itu di sana beserta angkanya.',
  'survey.unknownAnswers':
    'jawaban yang belum memiliki angka pada skala {min}–{max}: {answers}. Beri setiap jawaban angkanya di assessment.json pada survey.scale.labels, misalnya "{example}": {max}.',
  'survey.unmatchedWide':
    'kolom "{column}" berisi nilai ({rated} dari {cells} jawaban pada baris yang diperiksa) tetapi tidak cocok dengan kegiatan mana pun menurut pola "{pattern}", jadi tidak dinilai: ganti nama kolomnya, atau ubah survey.wide.pattern di assessment.json.',
  'survey.unmatchedLong':
    'kolom "{column}" berisi nilai ({rated} dari {cells} jawaban pada baris yang diperiksa) tetapi bukan kriteria ruang kerja ini, jadi tidak dinilai: petakan di survey.columns.criteria, atau tambahkan kriterianya ke assessment.json.',
  'schema.labelOutOfScale':
    'jawaban "{label}" diberi angka {value}, di luar skala penilaian {min}–{max}: beri angka yang ada pada skala.',
  'schema.unknownWideCriterion':
    'survey.wide.criterion "{criterion}" bukan salah satu kriteria ({ids}): gunakan salah satu id kriteria itu.',
  'validate.layout.read': 'dibaca sebagai: format {format}, pemisah {delimiter}, {encoding}',
  'validate.layout.long': 'panjang',
  'validate.layout.wide': 'lebar',
  'validate.layout.activity': 'kolom kegiatan usaha: {column}',
  'validate.layout.respondent': 'kolom responden: {column}',
  'validate.layout.criterion': 'kriteria {criterion}: {column}',
  'validate.layout.segment': 'segmen {segment}: {column}',
  'validate.layout.notFound': 'tidak ditemukan',
  'validate.layout.wideColumns': 'kolom nilai: {columns} (pola "{pattern}")',
  'validate.layout.counts': '{rows} baris, {ratings} nilai, {activities} kegiatan usaha berbeda',
  'survey.ambiguous':
    '{what} cocok dengan lebih dari satu kolom: {columns}. Petakan secara eksplisit di assessment.json pada survey.columns.',
  'survey.noCriteria':
    'kolom kriteria tidak ditemukan: diharapkan kolom seperti {examples}, atau pemetaan di survey.columns.criteria.',
  'survey.mappedMissing': 'pemetaan menyebut kolom "{column}" untuk {what}, tetapi berkas tidak memiliki kolom itu.',
  'survey.optionalAbsent':
    'kolom yang disebut dalam pemetaan ruang kerja tidak ada di berkas ini, jadi tidak dipakai: {columns}.',
  'table.missingColumn':
    'tidak ada kolom untuk {field} (dicari {names}): tambahkan, atau petakan dengan --map {field}=KOLOM.',
  'table.requiredEmpty': '{field} kosong: isi, atau hapus barisnya.',
  'table.notNumber': '"{value}" bukan angka ({field}).',
  'table.notInteger': '"{value}" bukan bilangan bulat ({field}).',
  'progress.rate': '{rows} baris/dtk',
  'progress.left': 'sekitar {seconds} dtk lagi',
  'table.hidden': 'Tidak ditampilkan agar muat di terminal: {columns}. Tambahkan --wide untuk melihat semua kolom.',
  'table.notBoolean': '"{value}" bukan ya atau tidak ({field}): tulis ya/tidak, yes/no atau 1/0.',
  'table.notChoice': '"{value}" bukan salah satu nilai {field}: gunakan salah satu dari {allowed}.',
  'validate.kind.partners': 'direktori mitra, {rows} baris',
  'catalogue.invalid': 'katalog kegiatan usaha dan keterampilan memiliki {count} masalah:',
  'catalogue.duplicateId':
    'id "{id}" muncul lebih dari sekali di berkas ini (pertama di {first}): beri setiap entri id sendiri',
  'catalogue.unknownSkill':
    'keterampilan "{skill}" tidak dikenal: tambahkan ke katalog keterampilan, atau periksa ejaannya',
  'catalogue.kindMismatch':
    'keterampilan "{skill}" berjenis "{actual}" ({file}), bukan "{kind}": cantumkan di bawah "{actual}"',
  'catalogue.duplicateSkill':
    'keterampilan "{skill}" sudah tercantum di {first}: cantumkan setiap keterampilan sekali saja',
  'catalogue.capitalRange': 'capitalIdr.min ({min}) lebih besar dari capitalIdr.max ({max}): tukar keduanya',
  'catalogue.capitalBand':
    'capital "{band}" tidak sesuai dengan capitalIdr, yang titik tengahnya {midpoint} termasuk golongan "{expected}" (low di bawah {low}, high di atas {high}): ubah salah satunya',
  'survey.noSegment':
    'kolom untuk {what} tidak ditemukan (dicari: {candidates}): petakan di assessment.json pada survey.columns.segments, atau dengan --map {what}=KOLOM.',
  'survey.noWideColumns':
    'kolom kegiatan × kriteria untuk format lebar tidak ditemukan (pola "{pattern}"): atur survey.wide.pattern di assessment.json.',
  'survey.emptyActivity':
    'baris ini berisi nilai tetapi tanpa kegiatan usaha: isi kegiatannya, atau gunakan --skip-invalid untuk melewati baris ini.',
  'survey.criteriaAbsent':
    'tidak ada kolom untuk kriteria {criteria}: kriteria itu tidak dinilai dalam berkas ini, dan skor tidak memperhitungkannya (lihat missingCriteria).',
  'survey.outOfScale':
    '"{value}" di luar skala penilaian {min}–{max} untuk kriteria {criterion} (ditetapkan di {where}).',
  'survey.notNumber':
    '"{value}" bukan nilai untuk {criterion}: gunakan angka {min} sampai {max} atau kosongkan selnya.',
  'score.badWeights': '--weights {spec} tidak dapat dipakai:',
  'score.noFiles':
    'tidak ada berkas survei: berikan berkas CSV (tree score data/ratings.csv), atau cantumkan di assessment.json pada survey.files.',
  'score.invalidInput': 'data survei memiliki {count} masalah; tidak ada yang ditulis:',
  'score.badWeightsGiven': 'bobot ini tidak dapat dipakai:',
  'score.badSpread': 'sebaran sensitivitas harus pecahan dari 0 sampai {max}, bukan {value}.',
  'score.skipped': '{count} sel atau baris yang tidak sah dilewati (--skip-invalid).',
  'flag.badInteger': '{flag} harus bilangan bulat dari {min} sampai {max}, bukan "{value}".',
  'score.badWeight': 'bobot "{part}" tidak dapat dibaca: tulis id=bobot, misalnya market_demand=2,risk=0.5.',
  'score.negativeWeight': 'bobot {id} adalah {value}: bobot harus 0 atau lebih.',
  'score.unknownWeight': 'tidak ada kriteria "{id}" untuk diberi bobot: kriterianya adalah {known}.',
  'score.weightsFile':
    '{file}: bobot tidak dapat dibaca: berikan objek JSON seperti {"market_demand": 2} atau CSV dengan kolom criterion,weight.',
  'flag.badMap': 'pemetaan "{part}" tidak dapat dibaca: tulis bidang=kolom, misalnya activity=Q1,gender=jenis_kelamin.',
  'flag.badDelimiter': 'pemisah "{value}" tidak dikenal: gunakan , ; tab atau | (atau comma, semicolon, tab, pipe).',
  'flag.badEncoding': 'pengodean "{value}" tidak dikenal: gunakan utf-8, utf-16le, utf-16be atau windows-1252.',
  'score.allZero':
    'semua bobot kriteria 0, jadi tidak ada yang dapat dinilai: beri bobot di atas 0 pada sedikitnya satu kriteria.',
  'score.tooManyActivities':
    'lebih dari {max} kegiatan berbeda di kolom "{column}": survei TREE menilai puluhan calon kegiatan, jadi kemungkinan besar ini bukan kolom kegiatan; sebutkan kolom yang benar dengan --map activity=KOLOM (atau survey.columns.activity di assessment.json).',
  'score.duplicateWeight': 'kriteria {id} diberi bobot dua kali: beri setiap kriteria satu bobot saja.',
  'score.weightsEmpty':
    '{file} tidak berisi bobot: tulis satu kriteria dan bobotnya per baris, misalnya market_demand,2 (baris judul criterion,weight tidak wajib).',
  'score.col.rank': 'Peringkat',
  'score.col.activity': 'Kegiatan usaha',
  'score.col.score': 'Skor',
  'score.col.ci': 'SK 95%',
  'score.col.n': 'n',
  'score.col.respondents': 'Responden',
  'score.col.flags': 'Catatan',
  'score.mark.heldBack': 'tidak masuk daftar pendek: hanya {n} penilaian, perlu {minN}',
  'score.heldBackNote':
    'Kegiatan dengan kurang dari {minN} penilaian tetap ada di peringkat, tetapi tidak masuk daftar pendek dan tidak ditandai untuk studi kelayakan (--min-n mengatur jumlahnya, --allow-low-n mengizinkannya).',
  'flag.badExcel':
    'dialek Excel "{value}" tidak dikenal: pakai salah satu dari {choices}, atau --excel saja untuk bahasa keluaran.',
  'score.col.shortlist': 'Daftar pendek',
  'score.col.stability': 'Di daftar pendek',
  'score.col.rankRange': 'Rentang peringkat',
  'score.mark.feasibility': 'studi kelayakan',
  'score.mark.shortlist': 'daftar pendek',
  'score.title': 'Peringkat calon kegiatan usaha',
  'score.summary':
    '{activities} kegiatan dari {ratings} penilaian dalam {files} berkas; daftar pendek: {shortlist} teratas, studi kelayakan: {feasibility} teratas.',
  'score.sensitivityNote': 'Sensitivitas: {runs} putaran, setiap bobot dikalikan faktor acak antara {low} dan {high}.',
  'score.flag.low_n': 'penilaian sedikit',
  'score.flag.missing_criteria': 'ada kriteria tanpa nilai',
  'score.flag.ci_unreliable': 'selang kurang andal',
  'score.flag.unscored': 'tidak dinilai',
  // tree report
  'report.badWords': '{file} bukan JSON yang sah: {reason}',
  'report.badTemplate': 'Templat laporan {file} tidak dapat dipakai:',
  'report.csvNeedsFolder':
    'Laporan CSV berupa satu berkas per tabel: berikan -o sebuah folder (out/report-csv), bukan berkas.',
  'report.batchFailed': 'Tidak ada laporan untuk {workspace}:',
  'report.batchProgress': 'Laporan: {done}/{total} ({percent}%)',
  'report.batchDone': '{written} dari {total} laporan dan ringkasan ditulis ke {dir}.',
  'report.batchFailures': '{count} desa tanpa laporan: {list}.',
  'report.needsOutDir': 'Beberapa ruang kerja menghasilkan beberapa laporan: berikan --out-dir FOLDER.',
  'report.byNeedsOutDir': '--by {field} menghasilkan satu laporan per {field}: berikan --out-dir FOLDER.',
  'report.byOneWorkspace':
    '--by {field} membagi berkas survei satu ruang kerja: berikan satu ruang kerja, bukan {count}.',
  'report.byNoFiles':
    '--by {field} membagi berkas survei ruang kerja, dan belum ada yang dicantumkan: cantumkan di assessment.json (survey.files, needs.files).',
  'report.byNoColumn':
    '{file} tidak dapat dibagi menurut {field}: tidak ada kolomnya (dicari {candidates}). Petakan kolomnya di assessment.json: {mapping}: "KOLOM".',
  'report.byAmbiguous':
    '{file} tidak dapat dibagi menurut {field}: beberapa kolom dapat berisi itu ({columns}). Petakan kolom yang dipakai di assessment.json: {mapping}: "KOLOM".',
  'report.byNoValues': 'berkas survei tidak memiliki baris untuk dibagi menurut {field}.',
  'report.byBlank': '(kosong)',
  'report.byBlankRows':
    '{count} baris tanpa {field} (yang pertama di {at}): baris itu menjadi laporan "{label}", agar tidak ada yang tertinggal.',
  'report.noRowsWhere': '{what} tidak memiliki baris untuk {field} "{value}".',
  'report.what.ratings': 'Survei penilaian',
  'report.what.households': 'Survei rumah tangga',
  'report.hint.ranking':
    'Untuk memeringkat calon: cantumkan survei penilaian di survey.files lalu jalankan tree score, atau nilai dengan tree assess.',
  'report.hint.gender':
    'Untuk membandingkan peringkat perempuan dan laki-laki: petakan kolom survei yang berisi jenis kelamin (survey.columns.segments.gender).',
  'report.hint.sensitivity':
    'Jalankan laporan dengan analisis sensitivitas untuk melihat ketahanan peringkat bila bobot berubah.',
  'report.hint.needs':
    'Untuk menganalisis kebutuhan pelatihan: kumpulkan survei rumah tangga lalu cantumkan di needs.files.',
  'report.hint.partners': 'Untuk memilih mitra: cantumkan direktori mitra di partners.directory.',
  // tree partners
  'partners.noDirectory':
    'Direktori mitra belum diberikan: sebutkan CSV-nya (tree partners data/partners.csv) atau isi partners.directory di assessment.json.',
  'partners.invalid': '{file} memiliki {count} masalah sebagai direktori mitra; tidak ada yang ditulis:',
  'partners.noSurvey':
    'Tidak ada survei rumah tangga: kebutuhan diambil dari katalog kegiatan saja (semua keterampilan, dukungan yang biasa).',
  'partners.noActivities':
    'Tidak ada kegiatan untuk dicarikan mitra: jalankan tree assess atau tree score dulu, atau berikan --activities.',
  'partners.reason.covers': 'mencakup {skills} ({count} dari {of} keterampilan)',
  'partners.reason.sector': 'bergerak di {sector}',
  'partners.reason.activity': 'menangani kegiatan ini',
  'partners.reason.everything': 'bergerak di semua sektor',
  'partners.reason.distance': '{km} km',
  'partners.reason.capacity': '{capacity} orang per tahun',
  'partners.reason.capacityFor': '{capacity} orang per tahun untuk {trainees}',
  'partners.reason.accessible': 'mudah diakses',
  'partners.reason.notAccessible': 'tidak mudah diakses',
  'partners.reason.womenOnly': 'bisa kelompok khusus perempuan',
  'partners.reason.noWomenOnly': 'tanpa kelompok khusus perempuan',
  'partners.type.training_provider': 'lembaga pelatihan',
  'partners.type.microfinance': 'lembaga keuangan mikro',
  'partners.type.bank': 'bank',
  'partners.type.cooperative': 'koperasi',
  'partners.type.bumdes': 'BUMDes',
  'partners.type.ngo': 'LSM',
  'partners.type.government': 'dinas pemerintah',
  'partners.type.buyer': 'pembeli',
  'partners.type.bds': 'layanan pengembangan usaha',
  'partners.cost.free': 'gratis',
  'partners.cost.low': 'biaya rendah',
  'partners.cost.medium': 'biaya sedang',
  'partners.cost.high': 'biaya tinggi',
  'partners.gap.none': 'tidak ada mitra di direktori yang menyediakan {need} untuk kegiatan ini',
  'partners.gap.capacity': 'mitra yang ada melayani {capacity} orang per tahun, untuk {trainees}',
  'partners.title': 'Daftar pendek mitra',
  'partners.summary': '{partners} mitra di {directory}; kebutuhan dari {from}; {top} teratas per kebutuhan.',
  'partners.from.survey': 'survei rumah tangga',
  'partners.from.catalogue': 'katalog (tanpa survei rumah tangga)',
  'partners.col.need': 'Kebutuhan',
  'partners.col.partner': 'Mitra',
  'partners.col.score': 'Skor',
  'partners.col.reasons': 'Alasan',
  'partners.col.contact': 'Kontak',
  'partners.gaps': 'Kebutuhan yang belum tertangani',
  'partners.gapFill': 'perlu {fill}',
  'partners.trainees': '{trainees} orang berminat',
  // tree needs
  'needs.noFiles':
    'Survei rumah tangga belum diberikan: sebutkan CSV-nya (tree needs data/households.csv) atau cantumkan di needs.files pada assessment.json.',
  'needs.invalidInput': 'Survei rumah tangga memiliki {count} masalah; tidak ada yang ditulis:',
  'needs.badSkill': '"{value}" bukan penilaian diri untuk {skill}: pakai 1–{max}, atau ya / tidak.',
  'needs.badAge': '"{value}" bukan umur: pakai tahun (34) atau rentang (25_39, 60_plus).',
  'needs.unknownActivities': 'Tidak ada di katalog atau ruang kerja: {names}. Pakai id, nama, atau sinonim kegiatan.',
  'needs.tooManyActivities':
    '{file}: lebih dari {max} kegiatan berbeda yang diminati: apakah kolom yang dibaca benar? Petakan dengan --map wanted=KOLOM.',
  'needs.noWantedColumn':
    'Tidak ada kolom kegiatan yang diminati (wanted_activities, atau satu kolom 0/1 per kegiatan): apakah ini survei rumah tangga? Sebutkan kolomnya dengan --map wanted=KOLOM.',
  'needs.readParts': '{file} dibaca dalam {parts} bagian, pada utas sebanyak itu.',
  'needs.noSkillColumns':
    'Tidak ada kolom penilaian diri keterampilan: semua keterampilan "tidak diketahui". Namai dengan id keterampilan (skills-food_processing) atau petakan (--map skill:food_processing=KOLOM).',
  'needs.unmatched': 'Kegiatan yang diminati tetapi tidak cocok dengan katalog atau peluang (orang): {list}.',
  'needs.title': 'Kebutuhan pelatihan',
  'needs.summary': '{people} orang dalam {files} berkas; {count} kegiatan ({scope}).',
  'needs.scope.activities': 'sesuai permintaan',
  'needs.scope.shortlist': 'daftar pendek di assessment.json',
  'needs.scope.all': 'semua kegiatan yang diminati warga',
  'needs.col.activity': 'Kegiatan usaha',
  'needs.col.interested': 'Berminat',
  'needs.col.women': 'Perempuan',
  'needs.col.youth': 'Pemuda',
  'needs.col.disability': 'Disab.',
  'needs.col.topModules': 'Modul utama (kesenjangan)',
  'needs.col.groups': 'Kelompok',
  'needs.col.plan': 'Kapan, di mana',
  'needs.col.skill': 'Keterampilan',
  'needs.col.kind': 'Jenis',
  'needs.col.lacking': 'Kurang',
  'needs.col.unknown': 'Tak diketahui',
  'needs.col.gap': 'Kesenjangan',
  'needs.col.hours': 'Jam',
  'needs.col.trainees': 'Peserta',
  'needs.col.constraint': 'Kendala',
  'needs.col.support': 'Dukungan',
  'needs.col.people': 'Orang',
  'needs.col.action': 'Yang dapat dilakukan pelatihan',
  'needs.kind.foundation': 'Dasar',
  'needs.kind.technical': 'Teknis',
  'needs.kind.business': 'Usaha',
  'needs.kind.core': 'Keterampilan kerja inti',
  'needs.kind.personal': 'Pribadi',
  'needs.interested':
    '{total} berminat: {female} perempuan, {male} laki-laki; {youth} pemuda ({min}–{max}); {disability} penyandang disabilitas.',
  'needs.modules': 'Modul pelatihan, yang paling dibutuhkan dulu',
  'needs.skills': 'Keterampilan yang dibutuhkan',
  'needs.plan':
    'Rencana pelatihan: {groups} kelompok, masing-masing paling banyak {size}; {time}; {place}; {days} hari; {hours} jam modul.',
  'needs.planMobile': 'Sebagian besar ingin dilatih di desa: rencanakan pelatihan keliling.',
  'needs.mobileShort': 'keliling',
  'needs.unknownPlan': 'tidak ditanyakan',
  'needs.inclusion': 'Keterlibatan',
  'needs.inclusionMet': '{group}: {share} dari yang berminat (target {target}).',
  'needs.inclusionShort': '{group}: {share} dari yang berminat, di bawah target {target}: {suggestion}',
  'needs.inclusionNoTarget': '{group}: {share} dari yang berminat (tanpa target).',
  'needs.group.women': 'Perempuan',
  'needs.group.youth': 'Pemuda',
  'needs.group.disability': 'Penyandang disabilitas',
  'needs.suggest.women':
    'jangkau perempuan melalui kelompok perempuan (PKK, KWT), latih dekat rumah pada jam pilihan mereka.',
  'needs.suggest.youth': 'jangkau pemuda melalui Karang Taruna dan sekolah, dengan kursus praktik yang singkat.',
  'needs.suggest.disability':
    'jangkau penyandang disabilitas melalui Dinas Sosial dan organisasi penyandang disabilitas, dengan tempat yang mudah diakses.',
  'needs.constraints': 'Kendala yang perlu diatasi',
  'needs.support': 'Dukungan yang diinginkan setelah pelatihan',
  'needs.noneInterested': 'Tidak ada responden yang berminat pada kegiatan ini.',
  'needs.gapNote':
    'kesenjangan = kurang ÷ (berminat − tidak diketahui); kurang: penilaian diri ≤ {at} atau "tidak"; tidak diketahui: tidak dijawab.',
  'needs.unknownTable': 'Tabel "{value}" tidak dikenal: pakai salah satu dari {allowed}.',
  // tree assess
  'assess.badAnswers': '{file} memiliki {count} masalah sebagai jawaban tree assess:',
  'assess.tooManyCandidates': '{count} calon kegiatan: paling banyak {max} yang dapat dinilai sekaligus.',
  'assess.unknownActivity': '"{id}" bukan kegiatan di katalog.',
  'assess.unknownCandidate': 'tidak ada calon dengan kunci "{key}"; calonnya: {keys}.',
  'assess.ratingCount': 'perlu {expected} nilai, satu per kriteria (ada {got}).',
  'assess.ratingValue': 'nilai ke-{position} ({criterion}) "{text}" bukan {min}–{max} atau -.',
  'assess.unknownCriterion': 'tidak ada kriteria "{id}"; kriterianya: {ids}.',
  'assess.noRatings':
    'Belum ada nilai: nilai calon di sini (tree assess --section screening) atau kumpulkan survei lalu jalankan tree score.',
  'assess.noTerminal':
    'Tidak ada terminal untuk bertanya: berikan jawaban dengan --answers BERKAS (lihat schemas/assess-answers.schema.json), atau --yes untuk memakai jawaban ruang kerja dan bawaan.',
  'assess.resuming': 'Melanjutkan sesi yang tersimpan di {file} (--restart untuk mulai lagi).',
  'assess.resumeHint': 'Semua jawaban sejauh ini tersimpan di {file}. Untuk melanjutkan: {command}',
  'assess.saved': 'Tersimpan: {workspace}, {progress}{ratings}.',
  'assess.rankingTitle': 'Peringkat calon kegiatan usaha',
  'assess.shortlistTitle': 'Daftar pendek TREE untuk disampaikan kepada warga: {names}',
  'assess.feasibilityTitle': 'Untuk studi kelayakan: {names}',
  'assess.checklistTitle': 'Studi kelayakan memeriksa:',
  'assess.checklist':
    'pasar (permintaan, pesaing, harga) · keuangan (modal, kredit, keuntungan) · teknis (produksi, keterampilan) · manajemen · sosial (perempuan, pemuda, disabilitas) · kepekaan konflik',
  'assess.nextTitle': 'Berikutnya:',
  'assess.nextScore': 'peringkat yang sama dari berkas saja',
  'assess.nextNeeds': 'kebutuhan pelatihan untuk kegiatan di daftar pendek (perlu survei rumah tangga)',
  'assess.nextPartners': 'mitra yang dapat melatih, meminjamkan modal, membeli dan mendampingi',
  'assess.nextReport': 'laporan asesmen',
  'assess.unknownSection': 'Bagian "{value}" tidak dikenal: pakai salah satu dari {allowed}.',
  // tree form
  'form.unknownKind': 'Formulir "{value}" tidak dikenal: pakai salah satu dari {allowed}.',
  'form.wrote': 'Formulir {form} {formId} versi {version} ditulis: {files}',
  'form.next':
    'Unggah .xlsx (atau .xml) ke KoboToolbox atau ODK Central; ekspor isian sebagai CSV lalu jalankan tree score / tree needs, tanpa pemetaan kolom.',
  'form.mappingIgnored':
    'survey.columns di assessment.json memetakan kolom yang tidak ada di formulir penilaian ini; hapus pemetaan itu sebelum menilai ekspor formulir ini.',
};
