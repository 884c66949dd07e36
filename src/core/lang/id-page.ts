import type { PageWords } from './types';

/** Indonesian words the content script reads a page with: its language, and page UI that is not article text. The rest of the language is in id.ts. */
export const idPage: PageWords = {
  code: 'id',
  stopwords: `yang dan di ke dari ini itu dengan untuk pada dalam tidak akan juga ada adalah oleh sebagai karena atau sudah telah bisa dapat
lebih saat kami kita mereka dia ia beliau para tersebut namun tetapi tapi hanya masih belum jika kalau agar supaya bahwa seperti antara
setelah sebelum hingga sampai secara serta maupun sangat harus baru lalu kemudian masing sejak tak pun nya mana apa siapa bagaimana
mengapa kapan ketika bagi oleh lain semua setiap banyak beberapa sementara yakni yaitu demikian begitu selain terhadap tentang menjadi
kata ujar tahun hari ya kok sih saya aku kamu anda menurut sementara selain dalam adapun kemudian namun begitupun begitu pula
sedangkan bahkan selanjutnya padahal meski meskipun walaupun sehingga jadi`.split(/\s+/),
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
};
