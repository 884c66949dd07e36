import type { LanguagePack } from './types';

export const id: LanguagePack = {
  code: 'id',
  stopwords: `yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga ada adalah oleh sebagai karena atau sudah telah bisa dapat
lebih saat kami kita mereka dia ia beliau para tersebut namun tetapi tapi hanya masih belum jika kalau agar supaya bahwa seperti antara
setelah sebelum hingga sampai secara serta maupun sangat harus baru lalu kemudian masing sejak tak pun nya mana apa siapa bagaimana
mengapa kapan ketika bagi oleh lain semua setiap banyak beberapa sementara yakni yaitu demikian begitu selain terhadap tentang menjadi
kata ujar tahun hari ya kok sih saya aku kamu anda menurut sementara selain dalam adapun kemudian namun begitupun begitu pula
sedangkan bahkan selanjutnya padahal meski meskipun walaupun sehingga jadi`.split(/\s+/),
  abbreviations: `jl jln no dr drs dra ir prof hj h kh tbk pt cv st sh se mm mt msc phd bpk ibu sdr yth dkk dll dsb tsb a.n u.p kab kec kel rt rw
kol brigjen mayjen letjen jend kapt kompol akbp kombes irjen komjen aiptu bripka no.`.split(/\s+/),
  conjunctions: 'dan tetapi tapi namun atau karena sementara serta'.split(' '),
  speechVerbs: `kata katanya ujar ujarnya ucap ucapnya tutur tuturnya jelas jelasnya ungkap ungkapnya tegas tegasnya imbuh imbuhnya tambah
tambahnya lanjut lanjutnya terang terangnya papar paparnya sebut sebutnya pungkas pungkasnya kilah kilahnya ucapnya beber bebernya
tandas tandasnya katakan mengatakan menyatakan menjelaskan mengungkapkan menegaskan menambahkan menuturkan menyebutkan memaparkan
menerangkan berkata bilang menurut menyampaikan menilai mengakui menyebut menekankan mengimbau berpendapat mengklaim menyarankan`.split(/\s+/),
  pronouns: ['dia', 'ia', 'beliau', 'mereka', 'saya'],
  titleCues: ['bertajuk', 'berjudul', 'bertema', 'bertopik', 'topik', 'tema', 'judul', 'tajuk', 'tagar'],
  titles: `presiden wakil wapres menteri menlu menkes menkeu mendagri menhan menko mensos mendikbud menpan ketua kepala direktur dirut gubernur
bupati wali wakil walikota camat lurah kapolri kapolda kapolres kapolsek kasat kanit panglima jenderal kolonel mayor kapten letnan komisaris
ajun besar inspektur brigadir juru bicara jubir anggota sekretaris sekjen direktur pengamat ekonom guru besar dosen rektor dekan hakim jaksa
ustaz kiai haji hj bapak pak ibu bu sdr saudara orangtua orang tua mantan calon pelatih pemain kader politikus politisi tersangka terdakwa warga
dr drs ir prof h kh kombes kompol akbp ajun irjen brigjen komjen jenderal jend mayjen letjen marsekal laksamana ipda iptu aiptu aipda bripka
brigadir briptu bripda kapten kol kolonel letkol mayor serka serma pelda kopda pratu laksda laksdya laksma marsda marsdya marsma plt pj pjs wakapolri kabid kadis kasubdit kabag dirjen
sekda sekretaris camat ketum waketum deputi asisten staf khusus pendiri pemilik`.split(/\s+/),
  uiLines: [
    'bagikan', 'bagikan :', 'bagikan:', 'cari', 'iklan', 'tutup', 'baca juga', 'baca selengkapnya', 'selengkapnya', 'lihat juga',
    'berita terkait', 'terpopuler', 'terkini', 'tag', 'tags', 'reporter', 'editor', 'penulis', 'sumber', 'foto', 'video',
    'scroll ke atas untuk melanjutkan', 'scroll untuk melanjutkan', 'gulir ke bawah', 'geser', 'komentar', 'salin tautan',
    'ikuti kami', 'untuk informasi menarik lainnya,', 'untuk informasi menarik lainnya',
  ],
  relatedHeadings: ['berita terkait', 'artikel terkait', 'baca juga', 'terkait', 'berita lainnya', 'artikel lainnya', 'terpopuler', 'terbaru',
    'terkini', 'rekomendasi', 'pilihan redaksi', 'lihat juga'],
  uiPrefixes: ['baca juga', 'lihat juga', 'simak juga', 'tonton juga', 'baca selengkapnya', 'follow akun', 'ikuti akun', 'ikuti kami', 'dapatkan update',
    'reporter:', 'editor:', 'penulis:', 'pewarta:', 'fotografer:', 'sumber:', 'foto:', 'copyright ©', 'hak cipta'],
  roleExpansions: {
    menlu: 'menteri luar negeri', menkes: 'menteri kesehatan', menkeu: 'menteri keuangan', mendagri: 'menteri dalam negeri',
    menhan: 'menteri pertahanan', mensos: 'menteri sosial', wapres: 'wakil presiden', jubir: 'juru bicara', dirut: 'direktur utama',
    kapolri: 'kepala kepolisian', sekjen: 'sekretaris jenderal',
  },
  orgWords: `kabupaten kota provinsi kecamatan kelurahan desa dusun polda polres polsek polri kementerian kemenkes kemenlu badan dinas universitas
bank masjid candi bandara jalan jl pasar rumah sakit rs rsud pt dpr dprd mpr partai gugus pemkot pemprov pemkab kejaksaan kejati kejari pengadilan
sidang sekolah sma smp sd stasiun pelabuhan pulau gunung sungai taman hotel gereja pura lembaga komisi dewan majelis mahkamah asosiasi persatuan
perhimpunan ikatan yayasan fakultas institut tanah air istana balai kantor bidang humas satgas tim pusat direktorat kpu bawaslu kpk bnpb bpbd
tni koramil kodim polisi rumah senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus
september oktober november desember`.split(/\s+/),
  places: `indonesia malaysia singapura thailand filipina vietnam kamboja laos myanmar brunei timor leste tiongkok china jepang korea
taiwan india pakistan bangladesh australia amerika serikat kanada meksiko brasil argentina inggris prancis perancis jerman belanda belgia
italia spanyol portugal rusia ukraina turki iran irak suriah mesir arab saudi palestina yaman afrika asia eropa utara selatan timur barat`.split(/\s+/),
  placeLastWords: ['barat', 'timur', 'utara', 'selatan', 'tengah', 'lor', 'kidul', 'wetan', 'kulon'],
};
